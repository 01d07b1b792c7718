import type { ReactNode } from 'react';
import { Button, Dialog, DialogTrigger, Heading, Modal } from 'react-aria-components';

interface ConfirmButtonProps {
  /** The button's text, e.g. "Delete @shop_bot". */
  label: string;
  /** What the dialog asks, e.g. "Delete this bot and its webhook?" */
  question: ReactNode;
  confirm: string;
  onConfirm: () => void;
  isDisabled?: boolean;
}

/** A destructive action behind a modal question; Escape or "Cancel" leaves everything as it was. */
export function ConfirmButton({ label, question, confirm, onConfirm, isDisabled }: ConfirmButtonProps) {
  return (
    <DialogTrigger>
      <Button className="danger" isDisabled={isDisabled}>
        {label}
      </Button>
      <Modal className="modal" isDismissable>
        <Dialog role="alertdialog" className="dialog">
          {({ close }) => (
            <>
              <Heading slot="title">{label}</Heading>
              <p>{question}</p>
              <div className="actions">
                <Button
                  className="danger"
                  onPress={() => {
                    close();
                    onConfirm();
                  }}
                >
                  {confirm}
                </Button>
                <Button onPress={close} autoFocus>
                  Cancel
                </Button>
              </div>
            </>
          )}
        </Dialog>
      </Modal>
    </DialogTrigger>
  );
}

/** Deleting something named, behind the question: `consequence` says what goes with it. */
export function DeleteButton({ name, consequence, onConfirm, isDisabled }: { name: string; consequence: ReactNode; onConfirm: () => void; isDisabled?: boolean }) {
  return <ConfirmButton label={`Delete ${name}`} question={consequence} confirm="Delete" onConfirm={onConfirm} isDisabled={isDisabled} />;
}

/** A secret the API shows only once (an API key, a signing secret): it stays until dismissed. */
export function SecretDialog({ title, secret, note, onClose }: { title: string; secret: string | null; note: ReactNode; onClose: () => void }) {
  return (
    <Modal className="modal" isOpen={secret !== null} onOpenChange={(open) => !open && onClose()}>
      <Dialog className="dialog">
        <Heading slot="title">{title}</Heading>
        <p>{note}</p>
        <p>
          <code className="secret" aria-label={title}>
            {secret}
          </code>
        </p>
        <Button onPress={onClose} autoFocus>
          I have copied it
        </Button>
      </Dialog>
    </Modal>
  );
}
