// node validate.js <mesh folder> <schemas folder>: what a contract validator built from ajv and js-yaml does with
// the mesh's files: every *.odcs.yaml and *.odps.yaml parsed and checked against the official JSON Schema its
// apiVersion names (the schemas folder holds odcs/ and odps/ as the plugin ships them). Formats stay annotations,
// as the schemas' dialect (2019-09) and the plugin treat them; every error of a file is collected, as the plugin does.
'use strict';
const fs = require('fs');
const path = require('path');
const yaml = require('js-yaml');
const Ajv2019 = require('ajv/dist/2019');

const [mesh, schemas] = process.argv.slice(2);
if (!mesh || !schemas) {
  console.error('usage: node validate.js <mesh folder> <schemas folder>');
  process.exit(2);
}
const started = process.hrtime.bigint();
const ajv = new Ajv2019({ strict: false, allErrors: true, validateFormats: false });
const validators = new Map();
function validatorFor(standard, apiVersion) {
  const key = standard + ' ' + apiVersion;
  if (!validators.has(key)) {
    const file = path.join(schemas, standard, `${standard}-json-schema-${apiVersion}.json`);
    validators.set(key, fs.existsSync(file) ? ajv.compile(JSON.parse(fs.readFileSync(file, 'utf8'))) : null);
  }
  return validators.get(key);
}

const files = [];
(function walk(folder) {
  for (const entry of fs.readdirSync(folder, { withFileTypes: true })) {
    const full = path.join(folder, entry.name);
    if (entry.isDirectory()) {
      if (entry.name !== 'target' && !entry.name.startsWith('.')) walk(full);
    } else if (/\.od(cs|ps)\.yaml$/.test(entry.name)) {
      files.push(full);
    }
  }
})(mesh);
files.sort();

let invalid = 0;
let errors = 0;
for (const file of files) {
  const standard = file.endsWith('.odcs.yaml') ? 'odcs' : 'odps';
  let document;
  try {
    document = yaml.load(fs.readFileSync(file, 'utf8'), { filename: file });
  } catch (e) {
    invalid++;
    errors++;
    continue;
  }
  const validate = validatorFor(standard, document && document.apiVersion);
  if (!validate) {
    invalid++;
    errors++;
  } else if (!validate(document)) {
    invalid++;
    errors += validate.errors.length;
  }
}
const seconds = Number(process.hrtime.bigint() - started) / 1e9;
console.log(`${files.length} files, ${invalid} invalid, ${errors} errors, ${seconds.toFixed(2)} s in the process`);
