import { MigrationInterface, QueryRunner } from "typeorm";

export class ReplicaAnswerers1795667874088 implements MigrationInterface {
    name = 'ReplicaAnswerers1795667874088'

    public async up(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "replicas" ADD "endpoint_url" character varying(2000)`);
        await queryRunner.query(`ALTER TABLE "replicas" ADD "endpoint_secret_sealed" text`);
        await queryRunner.query(`ALTER TABLE "replicas" ADD "llm_base_url" character varying(2000)`);
        await queryRunner.query(`ALTER TABLE "replicas" ADD "llm_api_key_sealed" text`);
    }

    public async down(queryRunner: QueryRunner): Promise<void> {
        await queryRunner.query(`ALTER TABLE "replicas" DROP COLUMN "llm_api_key_sealed"`);
        await queryRunner.query(`ALTER TABLE "replicas" DROP COLUMN "llm_base_url"`);
        await queryRunner.query(`ALTER TABLE "replicas" DROP COLUMN "endpoint_secret_sealed"`);
        await queryRunner.query(`ALTER TABLE "replicas" DROP COLUMN "endpoint_url"`);
    }

}
