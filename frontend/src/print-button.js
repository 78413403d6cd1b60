// Shows the "Print this comparison" button and makes it print. Without JavaScript the
// button stays hidden: the browser's own print command still works.
for (const button of document.querySelectorAll('[data-module="app-print"]')) {
  button.addEventListener('click', () => window.print())
  const hiddenContainer = button.closest('[hidden]')
  if (hiddenContainer) {
    hiddenContainer.hidden = false
  }
}
