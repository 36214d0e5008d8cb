import { Migration } from "@medusajs/framework/mikro-orm/migrations";

export class Migration20261204014840 extends Migration {

  override async up(): Promise<void> {
    this.addSql(`alter table if exists "bank_transfer_notice" drop constraint if exists "bank_transfer_notice_transaction_id_unique";`);
    this.addSql(`create table if not exists "bank_transfer_notice" ("id" text not null, "transaction_id" text not null, "source" text check ("source" in ('bank', 'admin')) not null, "reference" text null, "amount" numeric not null, "content" text not null, "received_at" timestamptz not null, "outcome" text check ("outcome" in ('captured', 'wrong_amount', 'unknown_reference', 'already_paid', 'order_canceled')) not null, "payment_id" text null, "order_id" text null, "note" text null, "created_by" text null, "raw_amount" jsonb not null, "created_at" timestamptz not null default now(), "updated_at" timestamptz not null default now(), "deleted_at" timestamptz null, constraint "bank_transfer_notice_pkey" primary key ("id"));`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bank_transfer_notice_deleted_at" ON "bank_transfer_notice" ("deleted_at") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE UNIQUE INDEX IF NOT EXISTS "IDX_bank_transfer_notice_transaction_id_unique" ON "bank_transfer_notice" ("transaction_id") WHERE deleted_at IS NULL;`);
    this.addSql(`CREATE INDEX IF NOT EXISTS "IDX_bank_transfer_notice_outcome" ON "bank_transfer_notice" ("outcome") WHERE deleted_at IS NULL;`);
  }

  override async down(): Promise<void> {
    this.addSql(`drop table if exists "bank_transfer_notice" cascade;`);
  }

}
