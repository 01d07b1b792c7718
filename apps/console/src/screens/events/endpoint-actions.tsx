import { useState } from 'react';
import { useMutation } from 'urql';
import { DeleteButton, SecretDialog } from '../../ui/dialogs';
import { localTime } from '../../ui/format';
import { MutationResult } from '../../ui/results';
import { DeleteEventEndpoint, RotateEventEndpointSecret, UpdateEventEndpoint } from './operations';

interface EndpointActionsProps {
  endpoint: { id: string; url: string; enabled: boolean };
  showingDeliveries: boolean;
  onShowDeliveries: () => void;
  onChanged: () => void;
}

/** Enable or disable an endpoint, open its deliveries, rotate its secret (the new one shown once), delete it after asking. */
export function EndpointActions({ endpoint, showingDeliveries, onShowDeliveries, onChanged }: EndpointActionsProps) {
  const [updated, update] = useMutation(UpdateEventEndpoint);
  const [rotated, rotate] = useMutation(RotateEventEndpointSecret);
  const [deleted, remove] = useMutation(DeleteEventEndpoint);
  const [secret, setSecret] = useState<string | null>(null);
  const toggle = async () => {
    if ((await update({ id: endpoint.id, input: { enabled: !endpoint.enabled } })).data) onChanged();
  };
  const rotateSecret = async () => setSecret((await rotate({ id: endpoint.id })).data?.rotateEventEndpointSecret.secret ?? null);
  const erase = async () => {
    if ((await remove({ id: endpoint.id })).data) onChanged();
  };
  const oldSecretUntil = localTime(rotated.data?.rotateEventEndpointSecret.endpoint.previousSecretExpiresAt);
  return (
    <div className="actions">
      <button type="button" onClick={toggle} disabled={updated.fetching}>
        {endpoint.enabled ? 'Disable' : 'Enable'}
        <span className="visually-hidden"> {endpoint.url}</span>
      </button>
      <button type="button" aria-pressed={showingDeliveries} onClick={onShowDeliveries}>
        Deliveries<span className="visually-hidden"> to {endpoint.url}</span>
      </button>
      <button type="button" onClick={rotateSecret} disabled={rotated.fetching}>
        Rotate secret<span className="visually-hidden"> of {endpoint.url}</span>
      </button>
      <DeleteButton name={endpoint.url} consequence="Its delivery log goes with it; events stop reaching it at once." onConfirm={erase} isDisabled={deleted.fetching} />
      <SecretDialog title="The endpoint's new signing secret" note={`Shown only now. The old secret also signs until ${oldSecretUntil}.`} secret={secret} onClose={() => setSecret(null)} />
      <MutationResult state={updated} done={(data) => (data.updateEventEndpoint.enabled ? 'Enabled.' : 'Disabled.')} />
      <MutationResult state={rotated} done={() => 'Secret rotated.'} />
      <MutationResult state={deleted} done={() => null} />
    </div>
  );
}
