// HTML mail fixtures shared by the parser-backed and the tag-stripping tests: [name, html, text].
export const HTML_CASES: Array<[string, string, string]> = [
  [
    'drops head, style and script',
    '<html><head><title>T</title><style>p{color:red}</style></head><body><p>Hello</p><script>alert(1)</script></body></html>',
    'Hello',
  ],
  ['drops the doctype', '<!DOCTYPE html><html><body><p>Hi</p></body></html>', 'Hi'],
  ['drops a cited blockquote', '<div>Yes.</div><blockquote type="cite">Older message</blockquote>', 'Yes.'],
  [
    "drops Gmail's quote with its attribution",
    '<div dir="ltr">Fine by me.</div><br><div class="gmail_quote"><div class="gmail_attr">On Mon, Ann wrote:</div><blockquote class="gmail_quote">Older</blockquote></div>',
    'Fine by me.',
  ],
  [
    "drops Outlook's reply header and everything after it",
    '<div><div>New text</div><hr><div id="divRplyFwdMsg"><b>From:</b> Ann<br><b>Sent:</b> Monday</div><div>Old text</div></div><p>Older still</p>',
    'New text',
  ],
  [
    "drops everything after Outlook's appendonsend marker",
    '<div>Reply here</div><div id="appendonsend"></div><div>Quoted body</div>',
    'Reply here',
  ],
  [
    'drops Yahoo quotes and signatures',
    '<div>Top</div><div class="yahoo_quoted">Old</div><div class="gmail_signature">Bob | Acme</div><div id="Signature">Sent by Bob</div>',
    'Top',
  ],
  ['turns <br> and paragraphs into line breaks', '<p>One<br>Two</p><p>Three</p>', 'One\nTwo\n\nThree'],
  ['collapses whitespace like a browser', '<div>  a \n   b  </div>', 'a b'],
  ['writes list items on their own lines', '<ul><li>One</li><li>Two</li></ul>', '- One\n- Two'],
  [
    'decodes entities',
    '<p>5 &lt; 6 &amp;&amp; &quot;ok&quot; &#x1F600; caf&eacute; &#39;x&#39;</p>',
    '5 < 6 && "ok" 😀 café \'x\'',
  ],
  [
    'never reads decoded text as markup again',
    '<p>&lt;img src=x onerror=alert(1)&gt; &lt;b&gt;bold&lt;/b&gt;</p>',
    '<img src=x onerror=alert(1)> <b>bold</b>',
  ],
  ['drops text hidden with display:none', '<div style="display:none">preheader</div><div>Visible</div>', 'Visible'],
  ['keeps preformatted spacing', '<pre>a   b\n  c</pre>', 'a   b\n  c'],
];
