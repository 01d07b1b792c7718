import { MigrationInterface, QueryRunner } from "typeorm";

export class Replicas1795667171839 implements MigrationInterface {
    name = 'Replicas1795667171839'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`CREATE TABLE "replicas" ("id" uuid NOT NULL DEFAULT gen_random_uuid(), "tenant_id" uuid NOT NULL, "created_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "name" character varying(50) NOT NULL, "short_description" character varying(50) NOT NULL, "greeting" character varying(600) NOT NULL, "type" character varying(20) NOT NULL, "owner_id" character varying(100) NOT NULL, "private" boolean NOT NULL DEFAULT false, "slug" character varying(50) NOT NULL, "tags" text array NOT NULL DEFAULT '{}', "suggested_questions" text array NOT NULL DEFAULT '{}', "updated_at" TIMESTAMP WITH TIME ZONE NOT NULL DEFAULT now(), "llm_model" character varying(100) NOT NULL, "llm_system_message" character varying(10000) NOT NULL DEFAULT '', CONSTRAINT "PK_6587a2c44763909278f24ae9357" PRIMARY KEY ("id"))`);
        await queryRunner.query(`CREATE UNIQUE INDEX "replicas_tenant_slug" ON "replicas"  ("tenant_id", "slug") `);
        await queryRunner.query(`CREATE INDEX "IDX_51fa8bcc017a88d47aba7ec05d" ON "replicas"  ("tenant_id", "created_at", "id") `);
        await queryRunner.query(`ALTER TABLE "replicas" ADD CONSTRAINT "FK_8a9e1c41987965ffe4506dab73c" FOREIGN KEY ("tenant_id") REFERENCES "tenants"("id") ON DELETE CASCADE ON UPDATE NO ACTION`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "replicas" DROP CONSTRAINT "FK_8a9e1c41987965ffe4506dab73c"`);
        await queryRunner.query(`DROP INDEX "public"."IDX_51fa8bcc017a88d47aba7ec05d"`);
        await queryRunner.query(`DROP INDEX "public"."replicas_tenant_slug"`);
        await queryRunner.query(`DROP TABLE "replicas"`);
    }

}
