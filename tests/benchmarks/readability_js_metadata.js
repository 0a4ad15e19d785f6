// Readability.js's title, byline and published time for every page of a folder: the
// second reference of bench_metadata.py. Needs Node and two npm packages, installed in a
// scratch folder (not part of the project):
//   mkdir /tmp/rjs && cd /tmp/rjs && npm install @mozilla/readability jsdom
//   NODE_PATH=/tmp/rjs/node_modules node readability_js_metadata.js HTML_DIR OUT.json
// HTML_DIR holds ID.html or ID.html.gz pages; OUT.json maps each ID to
// {title, byline, date} (null when Readability finds no article). jsdom keeps memory
// between pages, so a big folder is read in chunks, each in a fresh process.
"use strict";
const fs = require("fs");
const path = require("path");
const zlib = require("zlib");
const { execFileSync } = require("child_process");

const CHUNK = 150;
const [dir, out, start, end] = process.argv.slice(2);

function readChunk(files) {
  const { JSDOM, VirtualConsole } = require("jsdom");
  const { Readability } = require("@mozilla/readability");
  const quiet = new VirtualConsole();
  const found = {};
  for (const name of files) {
    const id = name.replace(/\.html(\.gz)?$/, "");
    try {
      let raw = fs.readFileSync(path.join(dir, name));
      if (name.endsWith(".gz")) raw = zlib.gunzipSync(raw);
      const dom = new JSDOM(raw.toString("utf8"), {
        url: "http://fakehost/page.html",
        virtualConsole: quiet,
      });
      const a = new Readability(dom.window.document).parse();
      found[id] = a ? { title: a.title, byline: a.byline, date: a.publishedTime } : null;
      dom.window.close();
    } catch (e) {
      found[id] = { error: String(e).slice(0, 200) };
    }
  }
  return found;
}

const pages = fs.readdirSync(dir).filter((f) => /\.html(\.gz)?$/.test(f)).sort();
if (start !== undefined) {
  // a child: one chunk, printed as JSON
  process.stdout.write(JSON.stringify(readChunk(pages.slice(+start, +end))));
} else {
  const all = {};
  for (let i = 0; i < pages.length; i += CHUNK) {
    const text = execFileSync(
      process.execPath,
      [__filename, dir, out, String(i), String(i + CHUNK)],
      { maxBuffer: 1 << 28, env: process.env },
    );
    Object.assign(all, JSON.parse(text));
    process.stderr.write(`${Math.min(i + CHUNK, pages.length)}/${pages.length}\r`);
  }
  fs.writeFileSync(out, JSON.stringify(all));
  process.stderr.write(`\n${Object.keys(all).length} pages -> ${out}\n`);
}
