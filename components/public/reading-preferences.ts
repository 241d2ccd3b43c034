// Applies the reader's saved text size and elder mode before the page paints. An inline script in the public
// layout, so it is a plain string here, outside the client component that saves the choice.
export const READING_PREFERENCES_SCRIPT = `try{var p=JSON.parse(localStorage.getItem('gazette-reading')||'{}');var d=document.documentElement;if(p.size)d.dataset.fontSize=p.size;if(p.elder)d.dataset.elder='on'}catch(e){}`;
