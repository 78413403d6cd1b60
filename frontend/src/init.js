// Starts GOV.UK Frontend. Loaded as <script type="module">, from a file rather
// than inline, because the Content-Security-Policy allows scripts from 'self' only.
import { initAll } from './govuk-frontend.min.js'

document.body.classList.add('js-enabled')
if ('noModule' in HTMLScriptElement.prototype) {
  document.body.classList.add('govuk-frontend-supported')
}

initAll()
