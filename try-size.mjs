import { analyze, leanAnalysis } from 'newslens';
import { readFileSync } from 'node:fs';
const text = readFileSync('fixtures/soleimani-us-israel.txt','utf8');
const lean = leanAnalysis(analyze(text));
for (const [k,v] of Object.entries(lean)) console.log(k, JSON.stringify(v).length);
console.log('entities voices', JSON.stringify(lean.entities.map(e=>e.voices)).length, lean.entities.length);
console.log('bias voices', JSON.stringify(lean.bias.voices).length, 'markers', JSON.stringify(lean.bias.markers).length, 'voice col', JSON.stringify(lean.bias.markers.voice).length + JSON.stringify(lean.bias.markers.quote).length);
console.log('voices', JSON.stringify(lean.voices).length, 'sent voices', JSON.stringify(lean.sentiment.voices).length);
