import { MigrationInterface, QueryRunner } from "typeorm";

export class EventsOut1795676454922 implements MigrationInterface {
    name = 'EventsOut1795676454922'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "event_endpoints" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "url" character varying(2000) NOT NULL, "description" character varying(200), "event_types" text array NOT NULL, "enabled" boolean NOT NULL DEFAULT true, "disabled_reason" text, "disabled_at" TIMESTAMP WITH TIME ZONE, "failing_since" TIMESTAMP WITH TIME ZONE, "secret_sealed" text NOT NULL, "previous_secret_sealed" text, "previous_secret_expires_at" TIMESTAMP WITH TIME ZONE, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_0f2fcf3fc0c30c49b14bab3d81a" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_45e10ab98cc6f8613e4fc28931" ON "event_endpoints"  ("tenant_id", "created_at", "id") `);
        await queryRunner.query(`CREATE TABLE "event_deliveries" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "endpoint_id" uuid NOT NULL, "event_id" uuid NOT NULL, "event_type" character varying(40) NOT NULL, "payload" json NOT NULL, "order_key" character varying(200) NOT NULL, "status" character varying(16) NOT NULL, "attempt_count" integer NOT NULL DEFAULT '0', "last_attempt_at" TIMESTAMP WITH TIME ZONE, "last_status_code" integer, "last_error" text, "delivered_at" TIMESTAMP WITH TIME ZONE, "retrying_since" TIMESTAMP WITH TIME ZONE NOT NULL, "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), CONSTRAINT "PK_ca0ffb54b343624dfb988080657" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_fb9be78d6e121839cfe9b66b81" ON "event_deliveries"  ("tenant_id", "endpoint_id", "created_at", "id") `);
        await queryRunner.query(`CREATE TABLE "event_delivery_attempts" ("id" BIGSERIAL NOT NULL, "tenant_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "delivery_id" uuid NOT NULL, "endpoint_id" uuid NOT NULL, "succeeded" boolean NOT NULL, "status_code" integer, "error" text, "response_excerpt" text, "duration_ms" integer NOT NULL, CONSTRAINT "PK_5d73114e05825a522d498818f8c" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE INDEX "IDX_ef02742e93e5026f5a504adde8" ON "event_delivery_attempts"  ("tenant_id", "endpoint_id", "created_at", "id") `);
        await queryRunner.query(`CREATE INDEX "IDX_ecf6cc4705a885d39d9df48927" ON "event_delivery_attempts"  ("tenant_id", "delivery_id", "created_at", "id") `);
        await queryRunner.query(`ALTER TABLE "event_endpoints" ADD CONSTRAINT "FK_7199f91eb74fdca2b7aee9af943" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "event_deliveries" ADD CONSTRAINT "FK_58ad8128a61ca34a28eeb200ddb" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "event_deliveries" ADD CONSTRAINT "FK_566939b5d22822e0b0d4cef9658" FOREIGN KEY ("endpoint_id") REFERENCES "event_endpoints"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "event_delivery_attempts" ADD CONSTRAINT "FK_34efdea74ab7ee7e2c4db50db04" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "event_delivery_attempts" ADD CONSTRAINT "FK_2cd86845c9bcfa59363fa755522" FOREIGN KEY ("delivery_id") REFERENCES "event_deliveries"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
        await queryRunner.query(`ALTER TABLE "event_delivery_attempts" ADD CONSTRAINT "FK_64a53ecf23af5a6dd46ff0a07be" FOREIGN KEY ("endpoint_id") REFERENCES "event_endpoints"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "event_delivery_attempts" DROP CONSTRAINT "FK_64a53ecf23af5a6dd46ff0a07be"`);
        await queryRunner.query(`ALTER TABLE "event_delivery_attempts" DROP CONSTRAINT "FK_2cd86845c9bcfa59363fa755522"`);
        await queryRunner.query(`ALTER TABLE "event_delivery_attempts" DROP CONSTRAINT "FK_34efdea74ab7ee7e2c4db50db04"`);
        await queryRunner.query(`ALTER TABLE "event_deliveries" DROP CONSTRAINT "FK_566939b5d22822e0b0d4cef9658"`);
        await queryRunner.query(`ALTER TABLE "event_deliveries" DROP CONSTRAINT "FK_58ad8128a61ca34a28eeb200ddb"`);
        await queryRunner.query(`ALTER TABLE "event_endpoints" DROP CONSTRAINT "FK_7199f91eb74fdca2b7aee9af943"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_ecf6cc4705a885d39d9df48927"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_ef02742e93e5026f5a504adde8"`);
        await queryRunner.query(`DROP TABLE "event_delivery_attempts"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_fb9be78d6e121839cfe9b66b81"`);
        await queryRunner.query(`DROP TABLE "event_deliveries"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_45e10ab98cc6f8613e4fc28931"`);
        await queryRunner.query(`DROP TABLE "event_endpoints"`);
    }

}
