// Builds the site's front-end files into src/main/resources/static:
//
//   assets/application.css      GOV.UK Frontend + site styles (src/application.scss)
//   assets/print.css            print styles (src/print.scss)
//   assets/govuk-frontend.min.js  GOV.UK Frontend's ES module bundle
//   assets/init.js              starts GOV.UK Frontend (src/init.js)
//   assets/print-button.js      the comparison's print button (src/print-button.js)
//   assets/passkeys.js          creating and using admin passkeys (src/passkeys.js)
//   assets/images/...           any image application.css refers to
//
// The assets folder belongs to this build: it is emptied first, so nothing
// stale survives. favicon.ico and favicon.svg beside it are committed as they
// are and not touched. Output is the same bytes on every run.
import { copyFileSync, existsSync, mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs'
import { dirname, join, relative } from 'node:path'
import { fileURLToPath } from 'node:url'
import * as sass from 'sass'

const frontendDir = dirname(fileURLToPath(import.meta.url))
const staticDir = join(frontendDir, '..', 'src', 'main', 'resources', 'static')
const assetsDir = join(staticDir, 'assets')
const govukDist = join(frontendDir, 'node_modules', 'govuk-frontend', 'dist', 'govuk')
const ASSETS_URL = '/assets/'

function write (file, contents) {
  mkdirSync(dirname(file), { recursive: true })
  writeFileSync(file, contents)
  console.log(`  ${relative(join(frontendDir, '..'), file)} (${Buffer.byteLength(contents)} bytes)`)
}

function compile (name) {
  const result = sass.compile(join(frontendDir, 'src', `${name}.scss`), {
    style: 'compressed',
    sourceMap: false,
    importers: [new sass.NodePackageImporter(frontendDir)],
    quietDeps: true
  })
  return result.css + '\n'
}

// Every url(...) in the CSS must be a file under /assets/ that GOV.UK Frontend ships.
function copyReferencedAssets (css) {
  const urls = [...css.matchAll(/url\(\s*(['"]?)([^'")]+)\1\s*\)/g)].map((m) => m[2])
  for (const url of [...new Set(urls)].sort()) {
    if (url.startsWith('data:')) continue
    if (!url.startsWith(ASSETS_URL)) throw new Error(`application.css refers to ${url}, outside ${ASSETS_URL}`)
    const path = url.slice(ASSETS_URL.length).split(/[?#]/)[0]
    const source = join(govukDist, 'assets', path)
    if (!existsSync(source)) throw new Error(`application.css refers to ${url}, which GOV.UK Frontend does not ship`)
    mkdirSync(dirname(join(assetsDir, path)), { recursive: true })
    copyFileSync(source, join(assetsDir, path))
    console.log(`  copied ${url}`)
  }
}

console.log('Building front-end assets')
rmSync(assetsDir, { recursive: true, force: true })
mkdirSync(assetsDir, { recursive: true })

const applicationCss = compile('application')
if (/@font-face|GDS Transport/i.test(applicationCss)) {
  throw new Error('application.css would load GDS Transport, which is licensed for gov.uk only')
}
write(join(assetsDir, 'application.css'), applicationCss)
write(join(assetsDir, 'print.css'), compile('print'))
copyReferencedAssets(applicationCss)

// The bundle as published, less its source map comment: the map is not served.
const bundle = readFileSync(join(govukDist, 'govuk-frontend.min.js'), 'utf8')
  .replace(/\n?\/\/# sourceMappingURL=\S+\s*$/, '\n')
write(join(assetsDir, 'govuk-frontend.min.js'), bundle)
write(join(assetsDir, 'init.js'), readFileSync(join(frontendDir, 'src', 'init.js')))
write(join(assetsDir, 'print-button.js'), readFileSync(join(frontendDir, 'src', 'print-button.js')))
write(join(assetsDir, 'passkeys.js'), readFileSync(join(frontendDir, 'src', 'passkeys.js')))

console.log('Done')
