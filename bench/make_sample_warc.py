"""Write the bundled sample crawl, ``src/detente/data/samples/warc/crawl-sample.warc.gz``.

The output is deterministic: record IDs, WARC dates, HTTP dates and payloads are
fixed, and warcio's gzip members carry no timestamp, so two runs give
byte-identical files. The crawl holds, in order:

1. a ``warcinfo`` record;
2. a ``request`` record for the first page;
3. three ``response`` records with HTML news pages (``text/html; charset=utf-8``),
   with a ``response`` for a PNG image between the second and third page, which
   readers must skip.

Usage::

    .venv/bin/python bench/make_sample_warc.py
    .venv/bin/python bench/make_sample_warc.py --out /tmp/crawl-sample.warc.gz

The pages were written for detente; see ``src/detente/data/samples/README.md``.
"""

from __future__ import annotations

import argparse
import io
import struct
import zlib
from dataclasses import dataclass
from pathlib import Path

from warcio.statusandheaders import StatusAndHeaders
from warcio.warcwriter import WARCWriter

REPO_ROOT = Path(__file__).resolve().parents[1]
DEFAULT_OUT = REPO_ROOT / "src" / "detente" / "data" / "samples" / "warc" / "crawl-sample.warc.gz"
SOFTWARE = "detente sample generator (bench/make_sample_warc.py)"


@dataclass(frozen=True, slots=True)
class Capture:
    """One fetched URL: what the crawler stored for it."""

    uri: str
    record_id: str
    warc_date: str
    http_date: str
    content_type: str
    body: bytes


PAGE_TARIFFS = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>US raises tariffs on $200 billion of Chinese goods as trade talks continue | Keystone World</title>
<meta property="og:title" content="US raises tariffs on $200 billion of Chinese goods as trade talks continue">
<meta property="og:site_name" content="Keystone World">
<meta property="article:published_time" content="2019-05-10T14:20:00-04:00">
<link rel="canonical" href="https://keystoneworld.example/economy/2019/05/10/us-raises-tariffs-chinese-goods">
</head><body>
<nav class="top"><a href="/">Home</a> <a href="/politics">Politics</a> <a href="/economy">Economy</a> <a href="/world">World</a> <a href="/video">Video</a></nav>
<div class="ad-slot">Advertisement</div>
<article>
<h1>US raises tariffs on $200 billion of Chinese goods as trade talks continue</h1>
<p class="byline">By Keystone World staff | May 10, 2019</p>
<div class="share"><a href="#">Facebook</a> <a href="#">Twitter</a> <a href="#">Email</a></div>
<p>WASHINGTON &mdash; The United States raised tariffs on $200 billion worth of Chinese imports to 25 percent from 10 percent on Friday, as negotiators from the two countries met for a second day of talks aimed at ending their trade war.</p>
<p>Chinese Vice Premier Liu He met US Trade Representative Robert Lighthizer and Treasury Secretary Steven Mnuchin in Washington. The talks ended without an agreement, but both sides said they would continue.</p>
<p>China's commerce ministry said it deeply regretted the decision and would take necessary countermeasures, without giving details.</p>
<p>President Donald Trump said there was no need to rush a deal. US officials said Trump had also ordered the trade representative to begin the process of raising tariffs on almost all remaining imports from China, worth about $300 billion.</p>
<p>Liu told Chinese reporters that China would not make concessions on matters of principle and accused Washington of changing its demands during the negotiations.</p>
<p>Business groups in both countries urged the two governments to reach an agreement quickly, warning that higher tariffs would raise prices for consumers.</p>
</article>
<aside class="related"><h3>Related</h3><ul><li><a href="/markets/2019/05/09/stocks-fall-trade">Stocks fall as trade tensions rise</a></li><li><a href="/economy/2019/05/08/soybean-farmers">Soybean farmers brace for long dispute</a></li></ul></aside>
<footer>&copy; 2019 Keystone World. All rights reserved. | <a href="/privacy">Privacy</a> | <a href="/terms">Terms</a></footer>
</body></html>
"""

PAGE_BANJSKA = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Kosovo police officer killed in attack by armed group near Serbian border - Danube Herald</title>
<meta property="og:title" content="Kosovo police officer killed in attack by armed group near Serbian border">
<meta property="og:site_name" content="Danube Herald">
<link rel="canonical" href="https://danubeherald.example/balkans/kosovo-police-officer-killed-banjska">
</head><body>
<div class="cookie">We use cookies to run this site and to measure traffic. <button>Accept</button></div>
<ul class="menu"><li><a href="/">Front page</a></li><li><a href="/balkans">Balkans</a></li><li><a href="/europe">Europe</a></li><li><a href="/business">Business</a></li></ul>
<div class="story-body">
<h1>Kosovo police officer killed in attack by armed group near Serbian border</h1>
<p class="meta">Danube Herald &middot; <time datetime="2023-09-25T09:30:00+02:00">25 September 2023</time></p>
<p>PRISTINA &ndash; A Kosovo police officer was killed and another was wounded on Sunday when about 30 armed men attacked a patrol in the north of Kosovo and then barricaded themselves inside an Orthodox monastery in the village of Banjska, police said.</p>
<p>Three of the attackers were killed in a gunfight with police that lasted several hours. Police said they later seized weapons, explosives and armoured vehicles left behind by the group.</p>
<div class="ad">Advertisement</div>
<p>Prime Minister Albin Kurti accused Serbia of organising and supporting the attack and said the gunmen were well trained professionals. Serbian President Aleksandar Vucic denied that Belgrade was involved and said the attackers were local Serbs who were no longer willing to put up with Kurti's policies.</p>
<p>EU foreign policy chief Josep Borrell condemned the attack and urged both governments to return to dialogue. The NATO-led peacekeeping force, KFOR, said it had increased patrols in the north and was ready to respond if needed.</p>
</div>
<div class="related"><b>Read next:</b> <a href="/balkans/eu-dialogue-brussels">EU-mediated talks between Belgrade and Pristina stall again</a></div>
<footer>Danube Herald | Contact | Advertise | &copy; 2023</footer>
</body></html>
"""

PAGE_JEDDAH = """<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8">
<title>Sudan's warring sides sign pledge to protect civilians at Jeddah talks | Red Sea Review</title>
<meta property="og:title" content="Sudan's warring sides sign pledge to protect civilians at Jeddah talks">
<meta property="og:site_name" content="Red Sea Review">
<meta property="article:published_time" content="2023-05-12T11:00:00+03:00">
<link rel="canonical" href="https://redseareview.example/sudan/2023/05/12/jeddah-declaration-civilians">
</head><body>
<header><a href="/">Red Sea Review</a><nav><a href="/sudan">Sudan</a> <a href="/gulf">Gulf</a> <a href="/horn">Horn of Africa</a> <a href="/newsletter">Newsletter</a></nav></header>
<main>
<h1>Sudan's warring sides sign pledge to protect civilians at Jeddah talks</h1>
<div class="sharing">Share this: WhatsApp | Telegram | X</div>
<div class="entry">
<p>JEDDAH &mdash; Representatives of Sudan's army and the paramilitary Rapid Support Forces signed a declaration late on Thursday committing to protect civilians and allow humanitarian aid to reach people in need, but they failed to agree on a ceasefire, Saudi and US mediators said.</p>
<p>The two sides have held talks in the Saudi city since last weekend. US officials said the negotiators would now try to agree on a truce of up to ten days.</p>
<p>Fighting continued in Khartoum on Friday, with residents reporting air strikes and artillery fire in several districts. The army is led by General Abdel Fattah al-Burhan and the RSF by General Mohamed Hamdan Dagalo.</p>
<p>UN aid chief Martin Griffiths welcomed the declaration and said aid agencies needed guarantees of safe passage for their convoys.</p>
<p>Saudi Foreign Minister Prince Faisal bin Farhan said the kingdom would keep working with the United States to secure a lasting ceasefire. Hundreds of thousands of people have fled Khartoum since the fighting began on April 15, many of them to Egypt and Chad.</p>
</div>
<p class="promo">Get Red Sea Review on Telegram: t.me/redseareview</p>
</main>
<footer>Red Sea Review &copy; 2023 &middot; Privacy &middot; Terms</footer>
</body></html>
"""


def make_png() -> bytes:
    """A valid 1x1 grey PNG, built byte by byte so it never changes."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        crc = zlib.crc32(kind + data) & 0xFFFFFFFF
        return struct.pack(">I", len(data)) + kind + data + struct.pack(">I", crc)

    header = struct.pack(">IIBBBBB", 1, 1, 8, 2, 0, 0, 0)
    pixels = zlib.compress(b"\x00\x80\x80\x80", 9)
    return b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", pixels) + chunk(b"IEND", b"")


def record_id(number: int) -> str:
    """A fixed, well-formed WARC-Record-ID."""
    return f"<urn:uuid:00000000-0000-4000-8000-{number:012d}>"


def build_captures() -> tuple[Capture, ...]:
    """The four responses, in the order they are written."""
    html = "text/html; charset=utf-8"
    return (
        Capture("https://keystoneworld.example/economy/2019/05/10/us-raises-tariffs-chinese-goods",
                record_id(3), "2023-10-02T08:00:02Z", "Mon, 02 Oct 2023 08:00:02 GMT", html,
                PAGE_TARIFFS.encode("utf-8")),
        Capture("https://danubeherald.example/balkans/kosovo-police-officer-killed-banjska",
                record_id(4), "2023-10-02T08:00:05Z", "Mon, 02 Oct 2023 08:00:05 GMT", html,
                PAGE_BANJSKA.encode("utf-8")),
        Capture("https://danubeherald.example/static/img/logo-1x1.png",
                record_id(5), "2023-10-02T08:00:06Z", "Mon, 02 Oct 2023 08:00:06 GMT", "image/png",
                make_png()),
        Capture("https://redseareview.example/sudan/2023/05/12/jeddah-declaration-civilians",
                record_id(6), "2023-10-02T08:00:09Z", "Mon, 02 Oct 2023 08:00:09 GMT", html,
                PAGE_JEDDAH.encode("utf-8")),
    )


def write_warcinfo(writer: WARCWriter, *, filename: str) -> None:
    fields = (
        f"software: {SOFTWARE}\r\n"
        "format: WARC File Format 1.1\r\n"
        "description: Sample crawl bundled with detente; pages written for the project.\r\n"
        "isPartOf: detente-samples\r\n"
    ).encode("utf-8")
    record = writer.create_warc_record(
        "", "warcinfo", payload=io.BytesIO(fields), length=len(fields),
        warc_content_type="application/warc-fields",
        warc_headers_dict={"WARC-Record-ID": record_id(1), "WARC-Date": "2023-10-02T08:00:00Z",
                           "WARC-Filename": filename},
    )
    writer.write_record(record)


def write_request(writer: WARCWriter, capture: Capture, *, concurrent_to: str) -> None:
    path = "/" + capture.uri.split("/", 3)[3]
    host = capture.uri.split("/")[2]
    http_headers = StatusAndHeaders(
        f"GET {path} HTTP/1.1",
        [("Host", host), ("User-Agent", "detente-sample-crawler/0.1"), ("Accept", "text/html")],
        protocol="HTTP/1.1", is_http_request=True,
    )
    record = writer.create_warc_record(
        capture.uri, "request", payload=io.BytesIO(b""), length=0, http_headers=http_headers,
        warc_headers_dict={"WARC-Record-ID": record_id(2), "WARC-Date": capture.warc_date,
                           "WARC-Concurrent-To": concurrent_to},
    )
    writer.write_record(record)


def write_response(writer: WARCWriter, capture: Capture) -> None:
    http_headers = StatusAndHeaders(
        "200 OK",
        [("Date", capture.http_date), ("Server", "nginx"), ("Content-Type", capture.content_type),
         ("Content-Length", str(len(capture.body))), ("Connection", "close")],
        protocol="HTTP/1.1",
    )
    record = writer.create_warc_record(
        capture.uri, "response", payload=io.BytesIO(capture.body), length=len(capture.body),
        http_headers=http_headers,
        warc_headers_dict={"WARC-Record-ID": capture.record_id, "WARC-Date": capture.warc_date},
    )
    writer.write_record(record)


def write_sample_warc(out: Path) -> Path:
    """Write the sample crawl to ``out`` and return the path."""
    out.parent.mkdir(parents=True, exist_ok=True)
    captures = build_captures()
    with out.open("wb") as fh:
        writer = WARCWriter(fh, gzip=True, warc_version="WARC/1.1")
        write_warcinfo(writer, filename=out.name)
        write_request(writer, captures[0], concurrent_to=captures[0].record_id)
        for capture in captures:
            write_response(writer, capture)
    return out


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="where to write the WARC")
    args = parser.parse_args()
    path = write_sample_warc(args.out)
    print(f"wrote {path} ({path.stat().st_size} bytes)")


if __name__ == "__main__":
    main()
