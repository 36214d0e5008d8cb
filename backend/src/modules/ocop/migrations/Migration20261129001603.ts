import { Migration } from "@medusajs/framework/mikro-orm/migrations"

export class Migration20261129001603 extends Migration {
  override async up(): Promise<void> {
    this.addSql(
      `create table if not exists "producer_staff" ("id" text not null, "email" text not null, "name" text null, "status" text check ("status" in ('invited', 'active', 'disabled')) not null default 'invited', "invite_token_hash" text null, "invite_expires_at" timestamptz null, "producer_id" text not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "producer_staff_pkey" primary key ("id"));`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_producer_staff_producer_id" ON "producer_staff" ("producer_id") WHERE deleted_at IS NULL;`,
    )
    this.addSql(
      `CREATE INDEX IF NOT EXISTS "IDX_producer_staff_deleted_at" ON "producer_staff" ("deleted_at") WHERE deleted_at IS NULL;`,
    )

    this.addSql(
      `alter table if exists "producer_staff" add constraint "producer_staff_producer_id_foreign" foreign key ("producer_id") references "producer" ("id") on update cascade;`,
    )
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "producer_staff" cascade;`)
  }
}
