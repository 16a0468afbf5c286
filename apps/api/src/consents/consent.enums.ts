import { ConsentAction, ConsentMethod, ConsentPurpose, ConsentState } from '@convene/domain';
import { registerEnumType } from '@nestjs/graphql';

registerEnumType(ConsentPurpose, {
  name: 'ConsentPurpose',
  description: 'What a person may agree to; each purpose is given and withdrawn on its own.',
});
registerEnumType(ConsentMethod, {
  name: 'ConsentMethod',
  description: 'How consent (or its withdrawal) was given; VERBAL needs `takenBy`.',
});
registerEnumType(ConsentAction, { name: 'ConsentAction' });
registerEnumType(ConsentState, {
  name: 'ConsentState',
  description: 'GIVEN or WITHDRAWN: the latest event of the purpose; NOT_ASKED: none recorded.',
});
