import 'reflect-metadata';
import { NestFactory } from '@nestjs/core';
import { Module } from '@nestjs/common';
import { Role } from '@convene/domain';
@Module({})
class M {}
async function main() {
  const app = await NestFactory.create(M);
  await app.listen(3999);
  console.log('up', Role.ADMIN);
  await app.close();
}
void main();
