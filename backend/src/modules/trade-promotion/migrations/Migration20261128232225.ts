import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261128232225 extends Migration {
  override async up(): Promise<void> {
    this.addSql(`alter table if exists "campaign_page" drop constraint if exists "campaign_page_handle_unique";`)
    this.addSql(
      `create table if not exists "campaign_page" ("id" text not null, "handle" text not null, "title_vi" text not null, "title_en" text not null, "story_vi" text null, "story_en" text null, "kind" text check ("kind" in ('online_week', 'fair', 'livestream', 'seasonal')) not null, "banner" text null, "place" text null, "discount_type" text check ("discount_type" in ('percentage', 'fixed')) not null, "discount_value" integer not null, "target" jsonb not null, "target_product_ids" jsonb not null, "featured_product_ids" jsonb not null, "featured_producer_ids" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "campaign_page_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE UNIQUE INDEX IF NOT EXISTS "IDX_campaign_page_handle_unique" ON "campaign_page" ("handle") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_campaign_page_deleted_at" ON "campaign_page" ("deleted_at") WHERE deleted_at IS NULL;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "campaign_page" cascade;`)
  }
}
