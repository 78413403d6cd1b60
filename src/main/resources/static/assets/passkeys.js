// Passkeys (WebAuthn) for the admin area: creating one, and using one as the second step of signing in.
// The server side is Spring Security's: it hands out the options for each ceremony as JSON and checks what
// the browser's authenticator signed. Binary values travel as base64url text.

function toBytes (base64url) {
  const base64 = base64url.replace(/-/g, '+').replace(/_/g, '/')
  const text = window.atob(base64)
  const bytes = new Uint8Array(text.length)
  for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i)
  return bytes.buffer
}

function toText (buffer) {
  const bytes = new Uint8Array(buffer)
  let text = ''
  for (let i = 0; i < bytes.length; i++) text += String.fromCharCode(bytes[i])
  return window.btoa(text).replace(/=+$/, '').replace(/\+/g, '-').replace(/\//g, '_')
}

async function postJson (url, element, body) {
  const response = await window.fetch(url, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/json', [element.dataset.csrfHeader]: element.dataset.csrfToken },
    body: body === undefined ? undefined : JSON.stringify(body)
  })
  if (!response.ok) throw new Error(`${url} answered ${response.status}`)
  return response.json()
}

// The GOV.UK error summary at the top of the page, focused so screen readers announce it.
function showProblem (text, target) {
  const summary = document.getElementById('passkey-problem')
  const link = document.getElementById('passkey-problem-text')
  link.textContent = text
  link.setAttribute('href', `#${target || 'main-content'}`)
  summary.hidden = false
  summary.focus()
}

function supported () {
  return Boolean(window.PublicKeyCredential && navigator.credentials && window.isSecureContext)
}

async function createPasskey (form, name) {
  const options = await postJson('/webauthn/register/options', form)
  const publicKey = {
    ...options,
    challenge: toBytes(options.challenge),
    user: { ...options.user, id: toBytes(options.user.id) },
    excludeCredentials: (options.excludeCredentials || []).map((c) => ({ ...c, id: toBytes(c.id) }))
  }
  const created = await navigator.credentials.create({ publicKey })
  const credential = {
    id: created.id,
    rawId: toText(created.rawId),
    type: created.type,
    response: {
      attestationObject: toText(created.response.attestationObject),
      clientDataJSON: toText(created.response.clientDataJSON),
      transports: created.response.getTransports ? created.response.getTransports() : []
    },
    clientExtensionResults: created.getClientExtensionResults(),
    authenticatorAttachment: created.authenticatorAttachment
  }
  const saved = await postJson('/webauthn/register', form, { publicKey: { credential, label: name } })
  if (!saved || !saved.success) throw new Error('The passkey was not saved')
}

async function usePasskey (button) {
  const options = await postJson('/webauthn/authenticate/options', button)
  const publicKey = {
    ...options,
    challenge: toBytes(options.challenge),
    allowCredentials: (options.allowCredentials || []).map((c) => ({ ...c, id: toBytes(c.id) }))
  }
  const used = await navigator.credentials.get({ publicKey })
  const response = used.response
  const result = await postJson('/login/webauthn', button, {
    id: used.id,
    rawId: toText(used.rawId),
    credType: used.type,
    response: {
      authenticatorData: toText(response.authenticatorData),
      clientDataJSON: toText(response.clientDataJSON),
      signature: toText(response.signature),
      userHandle: response.userHandle ? toText(response.userHandle) : undefined
    },
    clientExtensionResults: used.getClientExtensionResults(),
    authenticatorAttachment: used.authenticatorAttachment
  })
  if (!result || !result.authenticated) throw new Error('The passkey was not accepted')
  // Back to the admin page first asked for, never anywhere else.
  const next = result.redirectUrl ? new URL(result.redirectUrl, window.location.href) : null
  window.location.assign(next && next.origin === window.location.origin && next.pathname.startsWith('/admin')
    ? next.pathname + next.search
    : button.dataset.next)
}

function showUnsupported () {
  const notice = document.getElementById('passkey-unsupported')
  if (notice) notice.hidden = false
}

const form = document.querySelector('[data-module="app-passkey-register"]')
if (form) {
  if (!supported()) showUnsupported()
  form.addEventListener('submit', async (event) => {
    if (!supported()) return
    event.preventDefault()
    const input = form.querySelector('#name')
    const name = input.value.trim()
    if (!name) {
      showProblem(form.dataset.nameRequired, 'name')
      return
    }
    const button = form.querySelector('button[type="submit"]')
    button.disabled = true
    try {
      await createPasskey(form, name)
      window.location.assign(form.dataset.next)
    } catch (error) {
      console.info(error)
      button.disabled = false
      showProblem(form.dataset.failed)
    }
  })
}

const signIn = document.querySelector('[data-module="app-passkey-sign-in"]')
if (signIn) {
  if (!supported()) {
    showUnsupported()
    signIn.disabled = true
  }
  signIn.addEventListener('click', async () => {
    signIn.disabled = true
    try {
      await usePasskey(signIn)
    } catch (error) {
      console.info(error)
      signIn.disabled = false
      showProblem(signIn.dataset.failed)
    }
  })
}
