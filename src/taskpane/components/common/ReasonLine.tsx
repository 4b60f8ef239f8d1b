import type { ReasonParts } from '../../../sentences/circleReasons';
import { UserText } from './UserText';

/** One reason's sentence, its evidence isolated (UserText) inside our words. */
export function ReasonLine({ parts }: { readonly parts: ReasonParts }) {
  return (
    <>
      {parts.before}
      {parts.evidence && <UserText text={parts.evidence} data-testid="reason-evidence" />}
      {parts.after}
    </>
  );
}
