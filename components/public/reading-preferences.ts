// Applies the reader's saved text size and elder mode before the page paints, and writes the page's address
// and the date into its printed footer (once loaded, and again just before printing). An inline script in the
// public layout, so it is a plain string here, outside the client component that saves the choice.
export const READING_PREFERENCES_SCRIPT = `try{var p=JSON.parse(localStorage.getItem('gazette-reading')||'{}');var d=document.documentElement;if(p.size)d.dataset.fontSize=p.size;if(p.elder)d.dataset.elder='on'}catch(e){}function f(){var a=document.getElementById('print-address');if(a)a.textContent=location.href+' · '+new Date().toLocaleDateString(document.documentElement.lang)}addEventListener('DOMContentLoaded',f);addEventListener('beforeprint',f);`;
