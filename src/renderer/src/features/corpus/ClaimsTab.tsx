import { useEffect } from 'react';
import { useStore } from '../../app/store';
import { formatDate } from '../../ui/format';
import { corpusStore, refreshClaims, setClaimFilter } from './corpus-store';
import { plural } from './entity-labels';
import { openAtParagraph } from './open-in-reader';
import { Snippet } from './Snippet';

/** Figures about the same subject from several documents, side by side: who claims what, where, when. */
export function ClaimsTab() {
  const claims = useStore(corpusStore, (s) => s.claims);
  const filter = useStore(corpusStore, (s) => s.claimFilter);
  useEffect(() => {
    if (!corpusStore.get().claims) void refreshClaims();
  }, []);
  return (
    <div className="corpus-claims">
      <div className="corpus-controls corpus-control-row">
        <input type="search" className="corpus-filter" aria-label="Filter claims by subject" placeholder="Filter by subject…" value={filter} onChange={(e) => setClaimFilter(e.target.value)} />
        <span className="corpus-summary" role="status">
          {claims ? plural(claims.total, 'subject') + ' counted in more than one document' : 'Loading claims…'}
        </span>
      </div>
      <div className="claim-groups">
        {(claims?.groups ?? []).map((g) => (
          <section key={g.subject} className="claim-group" aria-label={`Claims about ${g.subject}`}>
            <h3>
              {g.subject}{' '}
              <span className="corpus-detail-meta">
                {plural(g.documentCount, 'document')} · {g.distinctValues > 1 ? `${g.distinctValues} different figures` : 'all agree'}
              </span>
            </h3>
            <table className="claim-table">
              <thead>
                <tr>
                  <th scope="col">Figure</th>
                  <th scope="col">Claimed by</th>
                  <th scope="col">Document</th>
                  <th scope="col">In context</th>
                </tr>
              </thead>
              <tbody>
                {g.claims.map((c, i) => (
                  <tr key={`${c.documentId}-${c.paragraphId}-${c.start}-${i}`}>
                    <td className="claim-figure">{c.text}</td>
                    <td>{c.claimant ?? <span className="corpus-hint">not said</span>}</td>
                    <td>
                      <button type="button" className="link-button" onClick={() => void openAtParagraph(c.documentId, c.paragraphId)}>
                        {c.title}
                      </button>
                      <span className="corpus-row-meta">{[c.source, c.published ? formatDate(c.published) : null].filter(Boolean).join(' · ')}</span>
                    </td>
                    <td>
                      <Snippet text={c.snippet} snippetStart={c.snippetStart} start={c.start} end={c.end} />
                    </td>
                  </tr>
                ))}
              </tbody>
            </table>
          </section>
        ))}
      </div>
    </div>
  );
}
