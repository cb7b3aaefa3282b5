import { usePageTitle } from '../app/usePageTitle';
import { useI18n } from '../i18n/I18nContext';
import { useInsightsText } from '../insights/insights-text';

/** `/confidentialite`: what the directory counts about its use, and what it never keeps (docs/privacy.md). */
export function PrivacyPage() {
  const { lang } = useI18n();
  const text = useInsightsText();
  usePageTitle(text.privacyTitle);
  return (
    <article className="privacy-page">
      <h1 id="page-title" tabIndex={-1}>
        {text.privacyTitle}
      </h1>
      {lang === 'en' ? <English /> : <French />}
    </article>
  );
}

function French() {
  return (
    <>
      <p>
        Pour savoir ce que les habitants du Cotentin cherchent et ne trouvent pas, et où il manque un point de collecte
        ou une ressourcerie, Réemploi tient des <strong>compteurs anonymes par jour</strong>. Nous ne suivons personne.
      </p>
      <h2>Ce qui est compté</h2>
      <ul>
        <li>
          Chaque recherche de lieux : le jour, la catégorie d’objet cherchée et l’action (donner, acheter…), la{' '}
          <strong>commune</strong> du point de recherche (son code INSEE, jamais l’adresse ni les coordonnées), et si un
          lieu correspondant se trouvait à moins de 5, 15 ou 30 km.
        </li>
        <li>
          Les fiches de lieux affichées dans les résultats et ouvertes, les appels, les visites du site web et les
          demandes d’itinéraire, par lieu et par jour.
        </li>
        <li>Les réponses à « Avez-vous trouvé ? » (oui, non, lieu fermé, information fausse).</li>
        <li>
          Les mots d’objets que l’annuaire ne connaît pas encore (sans adresse e-mail ni numéro), pour les lui
          apprendre.
        </li>
      </ul>
      <h2>Ce qui n’est jamais gardé</h2>
      <ul>
        <li>
          Ni adresse IP, ni cookie, ni identifiant, ni position exacte : un compteur ne dit que « tel jour, telle
          commune, tel objet : 12 recherches ».
        </li>
        <li>
          Dans les chiffres de la demande, les communes comptant moins de 5 recherches et les mots tapés moins de 5 fois
          ne sont pas montrés, même à l’équipe.
        </li>
      </ul>
      <h2>Ne pas être compté</h2>
      <p>
        Si votre navigateur envoie <strong>Do Not Track</strong> (<code>DNT: 1</code>) ou{' '}
        <strong>Global Privacy Control</strong> (<code>Sec-GPC: 1</code>), rien de votre visite n’est compté. Le service
        est le même.
      </p>
      <h2>Qui voit les chiffres</h2>
      <p>
        L’équipe du syndicat voit les totaux du territoire ; chaque structure voit seulement les chiffres de ses propres
        lieux, et les objets cherchés dans les communes à moins de 15 km de ses lieux (totaux de ces communes, un objet
        cherché moins de 5 fois n’y figure pas). Aucun chiffre n’est vendu ni transmis à un tiers.
      </p>
    </>
  );
}

function English() {
  return (
    <>
      <p>
        To learn what Cotentin residents look for and do not find, and where a collection point or a ressourcerie is
        missing, Réemploi keeps <strong>anonymous daily counters</strong>. We do not track anyone.
      </p>
      <h2>What is counted</h2>
      <ul>
        <li>
          Each place search: the day, the kind of object and the action (give, buy…), the <strong>commune</strong> of
          the searched point (its INSEE code, never the address or coordinates), and whether a matching place was within
          5, 15 or 30 km.
        </li>
        <li>Places shown in the results and opened, calls, website visits and directions, per place and day.</li>
        <li>Answers to “Did you find it?” (yes, no, the place was closed, some information is wrong).</li>
        <li>Object words the directory does not know yet (without e-mail addresses or numbers), to teach it.</li>
      </ul>
      <h2>What is never kept</h2>
      <ul>
        <li>
          No IP address, cookie, identifier or exact position: a counter only says “that day, that commune, that object:
          12 searches”.
        </li>
        <li>
          In the demand figures, communes with fewer than 5 searches and words typed fewer than 5 times are not shown,
          not even to staff.
        </li>
      </ul>
      <h2>Not being counted</h2>
      <p>
        If your browser sends <strong>Do Not Track</strong> (<code>DNT: 1</code>) or{' '}
        <strong>Global Privacy Control</strong> (<code>Sec-GPC: 1</code>), nothing of your visit is counted. The service
        is the same.
      </p>
      <h2>Who sees the figures</h2>
      <p>
        The syndicate’s staff see the territory’s totals; each structure sees only its own places’ figures, and the
        objects sought in the communes within 15 km of its places (totals of those communes; an object sought fewer than
        5 times is left out). No figure is sold or passed on.
      </p>
    </>
  );
}
