import { useCallback, useEffect, useState } from 'react';
import { ID_PATTERN } from '../../../shared/model/document';

export type Route =
  { screen: 'library'; view: 'documents' | 'trash' } | { screen: 'document'; id: string };

/** "#/" the library, "#/trash" its trash, "#/doc/<id>" a document: a reload returns to the same place. */
export function parseRoute(hash: string): Route {
  const document = new RegExp(`^#/doc/(${ID_PATTERN})$`).exec(hash);
  if (document?.[1]) return { screen: 'document', id: document[1] };
  return { screen: 'library', view: hash === '#/trash' ? 'trash' : 'documents' };
}

export function hashOf(route: Route): string {
  if (route.screen === 'document') return `#/doc/${route.id}`;
  return route.view === 'trash' ? '#/trash' : '#/';
}

export function useHashRoute(): [Route, (route: Route) => void] {
  const [route, setRoute] = useState(() => parseRoute(window.location.hash));
  useEffect(() => {
    const onChange = () => {
      setRoute(parseRoute(window.location.hash));
    };
    window.addEventListener('hashchange', onChange);
    return () => {
      window.removeEventListener('hashchange', onChange);
    };
  }, []);
  const navigate = useCallback((next: Route) => {
    const hash = hashOf(next);
    if (window.location.hash !== hash) window.location.hash = hash;
    setRoute(next);
  }, []);
  return [route, navigate];
}
