import { Global, Module } from '@nestjs/common';
import { ReferenceResolver } from './reference.resolver';
import { ReferenceService } from './reference.service';

/** Global: every domain validates country codes and themes through ReferenceService. */
@Global()
@Module({ providers: [ReferenceService, ReferenceResolver], exports: [ReferenceService] })
export class ReferenceModule {}
