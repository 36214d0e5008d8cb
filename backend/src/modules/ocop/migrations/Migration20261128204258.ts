import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261128204258 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "producer" drop constraint if exists "producer_handle_unique";`)
    this.addSql(
      `create table if not exists "ocop_certification" ("id" text not null, "star" integer not null, "score" integer null, "group" text check ("group" in ('food', 'beverage', 'herbal', 'handicraft', 'ornamental', 'tourism')) not null, "sub_group" text null, "decision_number" text not null, "decision_date" text not null, "issuing_level" text check ("issuing_level" in ('district', 'province', 'central')) not null, "valid_until" text not null, "status" text check ("status" in ('active', 'expired', 'revoked')) not null default 'active', "status_reason" text null, "revoked_at" timestamptz null, "proposed_star" integer null, "origin_province_code" text not null, "origin_province_name" text not null, "origin_district_code" text null, "origin_district_name" text not null, "origin_commune_code" text not null, "origin_commune_name" text not null, "current_province_code" text not null, "current_province_name" text not null, "current_commune_code" text not null, "current_commune_name" text not null, "current_units" jsonb null, "sample_data" boolean not null default false, "source_url" text null, "notes" text null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "ocop_certification_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_certification_deleted_at" ON "ocop_certification" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_certification_status_valid_until" ON "ocop_certification" ("status", "valid_until") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_certification_group" ON "ocop_certification" ("group") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_ocop_certification_star" ON "ocop_certification" ("star") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `create table if not exists "producer" ("id" text not null, "handle" text not null, "name" text not null, "legal_type" text check ("legal_type" in ('enterprise', 'cooperative', 'cooperative_group', 'household')) not null, "representative" text null, "phone" text null, "email" text null, "address" text null, "province_code" text null, "province_name" text null, "commune_code" text null, "commune_name" text null, "description" text null, "logo" text null, "sample_data" boolean not null default false, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "producer_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_producer_handle_unique" ON "producer" ("handle") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_producer_deleted_at" ON "producer" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "ocop_certification" cascade;`)

    this.addSql(`drop table if exists "producer" cascade;`)
  }
}
