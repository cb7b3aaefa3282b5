// Theme through CSS custom properties set on <reemploi-places> by the partner, e.g.
// reemploi-places { --reemploi-accent: #00558c; --reemploi-font: inherit; }
// Default colours meet WCAG AA contrast (text ≥ 7:1, accent and status ≥ 4.5:1).
export const CSS = `
:host{display:block;font-family:var(--reemploi-font,system-ui,-apple-system,"Segoe UI",Roboto,sans-serif);font-size:var(--reemploi-font-size,1rem);line-height:1.45;color:var(--reemploi-text,#1b261e);
--a:var(--reemploi-accent,#1d6b3a);--m:var(--reemploi-muted,#4a564d);--b:var(--reemploi-border,#cfd8d1);--bg:var(--reemploi-background,#fff);--ok:var(--reemploi-open,#1d6b3a);--ko:var(--reemploi-closed,#8a1c1c)}
:host([theme=dark]){color:var(--reemploi-text,#eef3ef);--a:var(--reemploi-accent,#8fdba8);--m:var(--reemploi-muted,#c3d0c6);--b:var(--reemploi-border,#3d4d42);--bg:var(--reemploi-background,#15201a);--ok:var(--reemploi-open,#8fdba8);--ko:var(--reemploi-closed,#ffb3b3)}
@media (prefers-color-scheme:dark){:host([theme=auto]){color:var(--reemploi-text,#eef3ef);--a:var(--reemploi-accent,#8fdba8);--m:var(--reemploi-muted,#c3d0c6);--b:var(--reemploi-border,#3d4d42);--bg:var(--reemploi-background,#15201a);--ok:var(--reemploi-open,#8fdba8);--ko:var(--reemploi-closed,#ffb3b3)}}
:host([hidden]){display:none}
section{background:var(--bg);border:1px solid var(--b);border-radius:var(--reemploi-radius,.5rem);padding:1rem}
h2,h3,h4,h5,h6{margin:0;line-height:1.25}
.t{font-size:1.15em;margin-bottom:.25rem}
.s{margin:.25rem 0 .75rem;color:var(--m);font-size:.9em}
ul{list-style:none;margin:0;padding:0}
li{border-top:1px solid var(--b);padding:.75rem 0}
li:first-child{border-top:0}
.n{font-size:1em}
a{color:var(--a);text-decoration:underline;text-underline-offset:.15em}
a:hover{text-decoration-thickness:2px}
a:focus-visible,button:focus-visible{outline:3px solid var(--a);outline-offset:2px;border-radius:2px}
.k,.d{color:var(--m);font-size:.9em;margin:.15rem 0 0}
.o{font-weight:600;font-size:.9em;margin:.15rem 0 0}
.o.y{color:var(--ok)}.o.n{color:var(--ko)}
.w{font-size:.9em;margin:.15rem 0 0;font-weight:600;color:var(--ko)}
.v{font-size:.9em;margin:.15rem 0 0;color:var(--m)}.v span{font-weight:600;color:var(--ko);border:1px solid currentColor;border-radius:.3rem;padding:0 .3rem}
.c li{padding:.4rem 0}.c .d,.c .p{display:none}
.m{display:inline-block;margin-top:.75rem;font-weight:600}
.f{margin:.75rem 0 0;color:var(--m);font-size:.8em}
button{font:inherit;color:var(--a);background:none;border:1px solid currentColor;border-radius:.3rem;padding:.25rem .75rem;cursor:pointer;margin-left:.5rem}
`;
