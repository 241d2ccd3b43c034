import { addNominationEntry } from '@/actions/add-nomination-entry';
import { removeNominationEntry } from '@/actions/remove-nomination-entry';
import { setListDisclosure } from '@/actions/set-list-disclosure';
import { ActionForm } from '@/components/ui/action-form';
import { SelectField, TextArea, TextField } from '@/components/ui/fields';
import { SubmitButton } from '@/components/ui/submit-button';
import type { ListDto, PrivateEntryDto } from '@/data/nomination-entries';
import { decisionAnchor } from '@/domain/record-edit-target';
import { publicListText } from '@/domain/nomination-list';
import { LIST_DISCLOSURES, type ContentLanguage } from '@/domain/vocabulary';
import type { Translate } from '@/messages';

const cell = 'border-b border-line-subtle px-2 py-1 text-left align-top';

/**
 * The entries of a list decision: public fields for everyone who reads the meeting; the private fields
 * (ID number, phone, address, notes) only after "Show private fields", for the secretariat and leaders,
 * each viewing audited. The secretariat adds and removes entries and sets what may be published.
 */
export function NominationEntries({
  meetingId,
  list,
  privateFields,
  mayShowPrivate,
  editable,
  language,
  t,
}: {
  meetingId: number;
  list: ListDto;
  /** The private fields, when asked for and allowed (the page has audited the viewing). */
  privateFields: PrivateEntryDto[] | null;
  mayShowPrivate: boolean;
  editable: boolean;
  /** The body's original language: the public text is shown in it. */
  language: ContentLanguage;
  t: Translate;
}) {
  const { decisionId, entries, disclosure } = list;
  const privateOf = (id: number) => privateFields?.find((p) => p.id === id);
  const headingId = `entries-${decisionId}`;
  const here = `/meetings/${meetingId}`;
  const publicText = publicListText(entries, disclosure, language);
  return (
    <section
      aria-labelledby={headingId}
      className="mt-3 rounded border border-line-subtle bg-canvas p-3"
      data-testid="nomination-entries"
    >
      <h3 id={headingId} className="mb-2 font-semibold">
        {t('nominations.title')}
      </h3>
      {editable ? (
        <ActionForm
          action={setListDisclosure}
          aria-label={t('nominations.disclosure')}
          className="mb-3 flex flex-wrap items-end gap-3"
        >
          <input type="hidden" name="meetingId" value={meetingId} />
          <input type="hidden" name="decisionId" value={decisionId} />
          <SelectField
            name="disclosure"
            label={t('nominations.disclosure')}
            defaultValue={disclosure}
            options={LIST_DISCLOSURES.map((d) => ({ value: d, label: t(`nominations.disclosure.${d}`) }))}
          />
          <SubmitButton variant="secondary" pendingLabel={t('common.saving')}>
            {t('common.save')}
          </SubmitButton>
        </ActionForm>
      ) : (
        <p className="mb-2 text-sm">
          {t('nominations.disclosure')}: {t(`nominations.disclosure.${disclosure}`)}
        </p>
      )}
      {entries.length === 0 ? (
        <p className="text-sm text-muted">{t('nominations.empty')}</p>
      ) : (
        <div className="overflow-x-auto">
          <table className="w-full bg-surface text-sm">
            <thead>
              <tr>
                <th className={cell}>{t('nominations.name')}</th>
                <th className={cell}>{t('nominations.unitOrPlace')}</th>
                <th className={cell}>{t('nominations.reason')}</th>
                {privateFields ? (
                  <>
                    <th className={cell}>{t('nominations.idNumber')}</th>
                    <th className={cell}>{t('nominations.phone')}</th>
                    <th className={cell}>{t('nominations.address')}</th>
                    <th className={cell}>{t('nominations.notes')}</th>
                  </>
                ) : null}
                {editable ? (
                  <th className={cell}>
                    <span className="sr-only">{t('nominations.remove')}</span>
                  </th>
                ) : null}
              </tr>
            </thead>
            <tbody>
              {entries.map((e) => {
                const p = privateOf(e.id);
                return (
                  <tr key={e.id}>
                    <td className={cell}>{e.name}</td>
                    <td className={cell}>{e.unitOrPlace}</td>
                    <td className={cell}>{e.reason}</td>
                    {privateFields ? (
                      <>
                        <td className={cell}>{p?.idNumber}</td>
                        <td className={cell}>{p?.phone}</td>
                        <td className={cell}>{p?.address}</td>
                        <td className={cell}>{p?.notes}</td>
                      </>
                    ) : null}
                    {editable ? (
                      <td className={cell}>
                        <ActionForm
                          action={removeNominationEntry}
                          confirm={t('nominations.confirmRemove', { name: e.name })}
                          aria-label={t('nominations.removeNamed', { name: e.name })}
                        >
                          <input type="hidden" name="meetingId" value={meetingId} />
                          <input type="hidden" name="decisionId" value={decisionId} />
                          <input type="hidden" name="entryId" value={e.id} />
                          <SubmitButton variant="danger" pendingLabel={t('nominations.removing')}>
                            {t('nominations.remove')}
                          </SubmitButton>
                        </ActionForm>
                      </td>
                    ) : null}
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {mayShowPrivate && entries.length > 0 ? (
        <p className="mt-2 text-sm">
          {privateFields ? (
            <>
              <span role="status" className="mr-3 text-warning">
                {t('nominations.privateShown')}
              </span>
              <a href={`${here}#${decisionAnchor(decisionId)}`} className="text-link underline">
                {t('nominations.hidePrivate')}
              </a>
            </>
          ) : (
            // A plain link (no prefetch): each viewing is one audited request.
            <a
              href={`${here}?private=${decisionId}#${decisionAnchor(decisionId)}`}
              className="text-link underline"
            >
              {t('nominations.showPrivate')}
            </a>
          )}
        </p>
      ) : null}
      {publicText ? (
        <div className="mt-3">
          <p className="text-sm font-medium">{t('nominations.publicText')}</p>
          <p
            className="whitespace-pre-line rounded border border-line-subtle bg-surface p-2 text-sm"
            lang={language}
          >
            {publicText}
          </p>
        </div>
      ) : null}
      {editable ? (
        <ActionForm
          action={addNominationEntry}
          aria-label={t('nominations.add')}
          className="mt-3 rounded border border-line bg-surface p-3"
        >
          <input type="hidden" name="meetingId" value={meetingId} />
          <input type="hidden" name="decisionId" value={decisionId} />
          <div className="grid gap-x-4 md:grid-cols-3">
            <TextField name="name" label={t('nominations.name')} required />
            <TextField name="unitOrPlace" label={t('nominations.unitOrPlace')} />
            <TextField name="reason" label={t('nominations.reason')} />
          </div>
          <fieldset className="rounded border border-warning-line p-3">
            <legend className="px-1 text-sm font-semibold">{t('nominations.privateLegend')}</legend>
            <div className="grid gap-x-4 md:grid-cols-3">
              <TextField name="idNumber" label={t('nominations.idNumber')} />
              <TextField name="phone" label={t('nominations.phone')} />
              <TextField name="address" label={t('nominations.address')} />
            </div>
            <TextArea name="notes" label={t('nominations.notes')} rows={2} />
          </fieldset>
          <div className="mt-3">
            <SubmitButton pendingLabel={t('nominations.adding')}>{t('nominations.add')}</SubmitButton>
          </div>
        </ActionForm>
      ) : null}
    </section>
  );
}
