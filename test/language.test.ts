import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { notEnglish } from '../src/cli/language.js';
import { needsData } from './requirements.js';

// News paragraphs written for this test, one per language.
const FOREIGN: Record<string, string> = {
  German: 'Die Bundesregierung will in der kommenden Woche über das neue Heizungsgesetz entscheiden. Wie ein Sprecher am Montag in Berlin sagte, sind die Gespräche mit den Ländern weit fortgeschritten. Was noch fehlt, ist eine Einigung über die Förderung für Mieter. Die Opposition kritisierte den Zeitplan scharf und warf der Koalition vor, das Parlament unter Druck zu setzen. In Bayern und in Hessen wird an einer eigenen Lösung gearbeitet.',
  French: 'Le gouvernement a annoncé mardi un nouveau plan pour soutenir les agriculteurs touchés par la sécheresse. Selon le ministre de l\'Agriculture, les aides seront versées dès le mois prochain aux exploitations qui ont perdu plus d\'un tiers de leur récolte. Les syndicats agricoles estiment cependant que ces mesures restent insuffisantes et appellent à une nouvelle mobilisation devant les préfectures à la fin de la semaine.',
  Spanish: 'El Gobierno aprobó este martes una reforma de la ley de vivienda que limitará el precio de los alquileres en las zonas más tensionadas. Según la ministra, la medida beneficiará a cerca de dos millones de familias durante el próximo año. Los propietarios han criticado la norma porque, a su juicio, reducirá la oferta de pisos en alquiler en las grandes ciudades como Madrid y Barcelona.',
  Italian: 'Il governo ha approvato ieri sera il decreto sulle pensioni dopo una lunga riunione del Consiglio dei ministri. Secondo il ministro dell\'Economia, la riforma permetterà di risparmiare oltre due miliardi di euro nei prossimi tre anni. I sindacati hanno annunciato uno sciopero generale per la fine del mese, mentre le opposizioni chiedono che il testo venga discusso subito in Parlamento.',
  Portuguese: 'O governo anunciou nesta segunda-feira um pacote de medidas para conter a alta dos preços dos alimentos. Segundo o ministro da Fazenda, os impostos sobre a carne e o arroz serão reduzidos a partir do próximo mês. Economistas ouvidos pela reportagem afirmam que a medida terá efeito limitado, já que a inflação também é pressionada pelo custo da energia e do transporte.',
  Dutch: 'Het kabinet heeft dinsdag besloten om de accijns op brandstof ook volgend jaar niet te verhogen. Volgens de minister van Financiën is dat nodig omdat de koopkracht van veel huishoudens onder druk staat. De oppositie noemt het besluit onverantwoord en wijst erop dat er geen geld is gereserveerd voor de klimaatdoelen. In de Tweede Kamer wordt donderdag over het voorstel gedebatteerd.',
  Swedish: 'Regeringen presenterade på tisdagen ett nytt förslag om att sänka skatten på bensin och diesel. Enligt finansministern ska sänkningen gälla från och med januari och kosta staten omkring fem miljarder kronor. Oppositionen kritiserar förslaget och menar att det går emot Sveriges klimatmål. Beslutet väntas tas i riksdagen innan sommaren, efter att utskottet har behandlat frågan.',
  Danish: 'Regeringen har i dag fremlagt et nyt udspil om at styrke sundhedsvæsenet i hele landet. Ifølge sundhedsministeren skal der ansættes flere læger og sygeplejersker på de mindre sygehuse, som i dag har svært ved at rekruttere. Oppositionen mener, at udspillet kommer for sent og ikke er fuldt finansieret, men partierne forventes at mødes til forhandlinger allerede i næste uge.',
  Polish: 'Rząd przyjął we wtorek projekt ustawy o obniżeniu podatku od energii dla gospodarstw domowych. Według ministra finansów nowe przepisy mają obowiązywać od stycznia i będą kosztować budżet kilka miliardów złotych. Opozycja krytykuje projekt, ponieważ jej zdaniem nie rozwiązuje on problemu wysokich cen prądu, a jedynie przesuwa go na kolejny rok. Sejm zajmie się ustawą w przyszłym tygodniu.',
  Finnish: 'Hallitus esitteli tiistaina uuden suunnitelman, jolla se aikoo vähentää valtion menoja seuraavien neljän vuoden aikana. Valtiovarainministerin mukaan leikkaukset kohdistuvat erityisesti hallintoon ja yritystukiin. Oppositio arvosteli suunnitelmaa jyrkästi ja sanoi, että se heikentää pienituloisten asemaa. Eduskunta käsittelee esitystä ensi viikolla ennen kuin lopullinen päätös tehdään syksyllä.',
  Turkish: 'Hükümet salı günü asgari ücrete yapılacak zammı açıkladı. Çalışma Bakanı, yeni ücretin ocak ayından itibaren geçerli olacağını ve milyonlarca işçinin bundan yararlanacağını söyledi. Sendikalar ise artışın enflasyonun gerisinde kaldığını belirterek yeni eylemler düzenleyeceklerini duyurdu. Muhalefet partileri de kararı eleştirerek hükümeti hayat pahalılığına karşı önlem almamakla suçladı.',
  Russian: 'Правительство во вторник утвердило новый план поддержки малого бизнеса в регионах. По словам министра экономического развития, компании смогут получить льготные кредиты уже с начала следующего года. Эксперты считают, что меры помогут сохранить рабочие места, однако предупреждают, что без снижения налоговой нагрузки эффект будет ограниченным.',
  Chinese: '国务院周二宣布了一项支持中小企业发展的新计划，将在未来三年内提供总额超过一千亿元的低息贷款。财政部长表示，这些措施将帮助企业渡过难关，保住就业岗位。一些经济学家认为，政策方向是正确的，但执行力度还有待观察。',
};

// Real English news: BASIL's articles (development data, read by path, never copied) and the bundled corpus.
const basil = new URL('../../shared/data/bias/basil-dev.jsonl', import.meta.url);
const corpus = new URL('../examples/corpus.jsonl', import.meta.url);

describe('the one English check of analyze, report and batch', () => {
  it('refuses German, French, Spanish, Italian, Portuguese, Dutch, Swedish, Danish, Polish, Finnish, Turkish, Russian and Chinese news', () => {
    const verdicts = Object.fromEntries(Object.entries(FOREIGN).map(([language, text]) => [language, notEnglish(text)]));
    expect(verdicts).toEqual({
      German: 'German function words outnumber English ones',
      French: 'French function words outnumber English ones',
      Spanish: 'Spanish function words outnumber English ones',
      Italian: 'Italian function words outnumber English ones',
      Portuguese: 'Portuguese function words outnumber English ones',
      Dutch: 'Dutch function words outnumber English ones',
      Swedish: 'Scandinavian function words outnumber English ones',
      Danish: 'Scandinavian function words outnumber English ones',
      Polish: 'Polish function words outnumber English ones',
      Finnish: 'under 5% English function words',
      Turkish: 'under 5% English function words',
      Russian: 'not in the Latin alphabet',
      Chinese: 'not in the Latin alphabet',
    });
  });

  it('refuses none of the 143 BASIL articles, each its sentences joined', needsData(basil), () => {
    const articles = new Map<string, string[]>();
    for (const line of readFileSync(basil, 'utf8').split('\n')) {
      if (line.trim() === '') continue;
      const { article, text } = JSON.parse(line) as { article: string; text: string };
      articles.set(article, [...(articles.get(article) ?? []), text]);
    }
    expect(articles.size).toBe(143);
    const refused = [...articles].filter(([, sentences]) => notEnglish(sentences.join('\n\n')) !== undefined).map(([id]) => id);
    expect(refused).toEqual([]);
  });

  it('refuses none of the bundled corpus, and passes texts too short to tell', () => {
    const texts = readFileSync(corpus, 'utf8').split('\n').flatMap((line) => {
      try {
        return [(JSON.parse(line) as { text: string }).text];
      } catch {
        return [];
      }
    });
    expect(texts.filter((text) => notEnglish(text) !== undefined)).toEqual([]);
    expect(notEnglish('Storm Hits Coast\n\nWinds reached 120 km/h in Florida on Monday.')).toBeUndefined();
    expect(notEnglish('Le Pen de la Vega van der Berg')).toBeUndefined();
  });

  it('reads prose, not markup: an English page with many tags and attributes is English', () => {
    const page = `<html><head><style>div.article-body-wrapper{margin:0}</style></head><body>${'<div class="article-body-wrapper" data-tracking-id="x">'.repeat(30)}<h1>Storm Hits Coast</h1><p>Winds reached 120 km/h in Florida on Monday, and the governor ordered schools closed as the storm moved north along the coast.</p></body></html>`;
    expect(notEnglish(page)).toBeUndefined();
  });
});
