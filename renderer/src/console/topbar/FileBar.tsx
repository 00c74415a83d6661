import { useEffect, useState, type FormEvent } from 'react';
import type { DocumentListing } from '../../../../shared/api';
import { useRequest, useWorkshopSelect } from '../../common/hostContext';
import { useTranslation } from '../../i18n/i18n';
import { saveAsPath } from './saveAsPath';

/** Browser mode has no file dialog: new, open from the host's folder, and save under a name. */
export function FileBar() {
  const { t } = useTranslation();
  const request = useRequest();
  const path = useWorkshopSelect((state) => state.snapshot?.document.path);
  const [listing, setListing] = useState<DocumentListing>({ recent: [], available: [] });
  const [name, setName] = useState('');

  useEffect(() => {
    // Fetched again whenever the open document changes: a save-as adds to the list.
    let live = true;
    void request('listDocuments', undefined).then((result) => {
      if (live && result) setListing(result);
    });
    return () => {
      live = false;
    };
  }, [request, path]);

  async function saveAs(e: FormEvent): Promise<void> {
    e.preventDefault();
    const target = path === undefined ? null : saveAsPath(path, name);
    if (!target) return;
    if (await request('saveDocumentAs', { path: target })) setName('');
  }

  const recent = listing.recent.filter((d) => d.path !== path);
  const available = listing.available.filter(
    (d) => d.path !== path && !recent.some((r) => r.path === d.path),
  );

  return (
    <div className="filebar" role="group" aria-label={t('file.label')}>
      <button
        type="button"
        className="button"
        data-testid="file-new"
        onClick={() => void request('newDocument', undefined)}
      >
        {t('file.new')}
      </button>
      <label className="filebar-open">
        <span className="visually-hidden">{t('file.open')}</span>
        <select
          data-testid="file-open"
          value=""
          onChange={(e) => {
            if (e.target.value) void request('openDocument', { path: e.target.value });
          }}
        >
          <option value="">{t('file.openPlaceholder')}</option>
          {recent.length > 0 ? (
            <optgroup label={t('file.recent')}>
              {recent.map((d) => (
                <option key={d.path} value={d.path}>
                  {d.name}
                </option>
              ))}
            </optgroup>
          ) : null}
          {available.length > 0 ? (
            <optgroup label={t('file.available')}>
              {available.map((d) => (
                <option key={d.path} value={d.path}>
                  {d.name}
                </option>
              ))}
            </optgroup>
          ) : null}
        </select>
      </label>
      <form className="filebar-save" onSubmit={(e) => void saveAs(e)}>
        <label>
          <span className="visually-hidden">{t('file.saveAsName')}</span>
          <input
            data-testid="file-save-as-name"
            value={name}
            placeholder={t('file.saveAsPlaceholder')}
            onChange={(e) => setName(e.target.value)}
          />
        </label>
        <button type="submit" className="button" data-testid="file-save-as" disabled={!name.trim()}>
          {t('file.saveAs')}
        </button>
      </form>
    </div>
  );
}
