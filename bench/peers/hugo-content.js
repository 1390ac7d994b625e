// node hugo-content.js <mesh folder> <hugo site folder>: writes the mesh as Hugo content, one markdown page per
// product, contract and team with the fields and lists the plugin's pages show (ports with their producers,
// consumers, the README, a contract's properties, quality rules and SLAs, a team's members and products), so
// `hugo` can be timed on equivalent pages. Links between pages are resolved here, as the plugin's view resolves
// them before rendering. The site folder's layouts come from bench/hugo; only content/ is written.
'use strict';
const fs = require('fs');
const path = require('path');
const yaml = require('js-yaml');

const [mesh, site] = process.argv.slice(2);
if (!mesh || !site) {
  console.error('usage: node hugo-content.js <mesh folder> <hugo site folder>');
  process.exit(2);
}
const read = (file) => yaml.load(fs.readFileSync(file, 'utf8'));
const products = [];
const contracts = [];
const teams = [];
for (const file of fs.readdirSync(path.join(mesh, 'teams')).sort()) {
  teams.push(read(path.join(mesh, 'teams', file)));
}
const domains = {};
for (const domain of fs.readdirSync(path.join(mesh, 'domains')).sort()) {
  const folder = path.join(mesh, 'domains', domain);
  domains[domain] = read(path.join(folder, 'domain.yaml'));
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    if (!entry.isDirectory()) continue;
    const productFolder = path.join(folder, entry.name);
    for (const file of fs.readdirSync(productFolder).sort()) {
      const full = path.join(productFolder, file);
      if (file.endsWith('.odps.yaml')) {
        const readme = path.join(productFolder, 'README.md');
        products.push({ doc: read(full), readme: fs.existsSync(readme) ? fs.readFileSync(readme, 'utf8') : '' });
      } else if (file.endsWith('.odcs.yaml')) {
        contracts.push(read(full));
      }
    }
  }
}

const producerOf = new Map();
for (const { doc } of products) {
  for (const port of doc.outputPorts || []) producerOf.set(port.contractId, doc.id);
}
const consumersOf = new Map();
const productsOfTeam = new Map();
for (const { doc } of products) {
  for (const port of doc.inputPorts || []) {
    const producer = producerOf.get(port.contractId);
    if (!consumersOf.has(producer)) consumersOf.set(producer, []);
    consumersOf.get(producer).push(doc.id);
  }
  const team = doc.team && doc.team.name;
  if (!productsOfTeam.has(team)) productsOfTeam.set(team, []);
  productsOfTeam.get(team).push({ id: doc.id, name: doc.name });
}

const content = path.join(site, 'content');
fs.rmSync(content, { recursive: true, force: true });
function page(section, id, front, body) {
  const folder = path.join(content, section);
  fs.mkdirSync(folder, { recursive: true });
  fs.writeFileSync(path.join(folder, id + '.md'), '---\n' + yaml.dump(front, { lineWidth: -1 }) + '---\n' + (body || ''));
}
const index = (section, title) => page(section, '_index', { title });
index('products', 'Products');
index('contracts', 'Contracts');
index('teams', 'Teams');

for (const { doc, readme } of products) {
  page('products', doc.id, {
    title: doc.name,
    id: doc.id,
    version: doc.version,
    status: doc.status,
    domain: doc.domain,
    domainName: (domains[doc.domain] || {}).name,
    domains: [doc.domain],
    team: doc.team && doc.team.name,
    purpose: doc.description && doc.description.purpose,
    usage: doc.description && doc.description.usage,
    tags: doc.tags || [],
    inputPorts: (doc.inputPorts || []).map((p) => ({ ...p, producer: producerOf.get(p.contractId) || null })),
    outputPorts: doc.outputPorts || [],
    consumers: (consumersOf.get(doc.id) || []).sort(),
  }, readme);
}
for (const doc of contracts) {
  page('contracts', doc.id, {
    title: doc.name,
    id: doc.id,
    version: doc.version,
    status: doc.status,
    domain: doc.domain,
    purpose: doc.description && doc.description.purpose,
    producer: producerOf.get(doc.id) || null,
    schema: doc.schema || [],
    slaProperties: doc.slaProperties || [],
  });
}
for (const doc of teams) {
  page('teams', doc.id, {
    title: doc.name,
    id: doc.id,
    summary: doc.description,
    members: doc.members || [],
    support: doc.support || [],
    products: productsOfTeam.get(doc.id) || [],
  });
}
console.log(`${products.length} product, ${contracts.length} contract and ${teams.length} team pages written to ${content}`);
