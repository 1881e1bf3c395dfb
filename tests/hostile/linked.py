"""Decks whose image, object and frame link to a URL: converting them must not fetch anything.

LibreOffice follows such links while it converts (an ODP of these made 6 HTTP requests
before plandeck stripped links and cut the converter off the network). Each builder
takes the URL to link to, so a test can serve it on 127.0.0.1 and count the requests.
"""
from __future__ import annotations

import io
import zipfile

from tests.hostile.make_hostile import rezip, text_pptx

_ODP_NS = ('xmlns:office="urn:oasis:names:tc:opendocument:xmlns:office:1.0" '
           'xmlns:draw="urn:oasis:names:tc:opendocument:xmlns:drawing:1.0" '
           'xmlns:text="urn:oasis:names:tc:opendocument:xmlns:text:1.0" '
           'xmlns:svg="urn:oasis:names:tc:opendocument:xmlns:svg-compatible:1.0" '
           'xmlns:presentation="urn:oasis:names:tc:opendocument:xmlns:presentation:1.0" '
           'xmlns:xlink="http://www.w3.org/1999/xlink" office:version="1.2"')


def linked_odp(url: str) -> bytes:
    """One slide of plan text plus an image, an OLE object and a floating frame, all linked to ``url``."""
    frames = (
        f'<draw:frame svg:x="1cm" svg:y="1cm" svg:width="10cm" svg:height="4cm"><draw:text-box>'
        '<text:p>1.1 Street lighting survey</text:p><text:p>Lead: Ana Torres (City of Porto)</text:p>'
        '<text:p>Status: In progress</text:p></draw:text-box></draw:frame>'
        f'<draw:frame svg:x="1cm" svg:y="6cm" svg:width="4cm" svg:height="3cm"><draw:image xlink:href="{url}/image.png"'
        ' xlink:type="simple" xlink:show="embed" xlink:actuate="onLoad"/></draw:frame>'
        f'<draw:frame svg:x="6cm" svg:y="6cm" svg:width="4cm" svg:height="3cm"><draw:object xlink:href="{url}/object"'
        ' xlink:type="simple" xlink:show="embed" xlink:actuate="onLoad"/>'
        f'<draw:image xlink:href="{url}/replacement.png" xlink:type="simple" xlink:show="embed" '
        'xlink:actuate="onLoad"/></draw:frame>'
        f'<draw:frame svg:x="11cm" svg:y="6cm" svg:width="4cm" svg:height="3cm"><draw:floating-frame '
        f'xlink:href="{url}/frame.html" xlink:type="simple" xlink:show="embed" xlink:actuate="onLoad"/></draw:frame>'
    )
    content = (f'<?xml version="1.0" encoding="UTF-8"?><office:document-content {_ODP_NS}><office:body>'
               f'<office:presentation><draw:page draw:name="page1">{frames}</draw:page></office:presentation>'
               '</office:body></office:document-content>')
    manifest = ('<?xml version="1.0" encoding="UTF-8"?><manifest:manifest '
                'xmlns:manifest="urn:oasis:names:tc:opendocument:xmlns:manifest:1.0" manifest:version="1.2">'
                '<manifest:file-entry manifest:full-path="/" '
                'manifest:media-type="application/vnd.oasis.opendocument.presentation"/>'
                '<manifest:file-entry manifest:full-path="content.xml" manifest:media-type="text/xml"/>'
                '</manifest:manifest>')
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w") as zf:
        zf.writestr(zipfile.ZipInfo("mimetype"), "application/vnd.oasis.opendocument.presentation")
        zf.writestr("content.xml", content, zipfile.ZIP_DEFLATED)
        zf.writestr("META-INF/manifest.xml", manifest, zipfile.ZIP_DEFLATED)
    return buf.getvalue()


def linked_pptx(url: str) -> bytes:
    """The hostile set's text deck with an external (linked, not embedded) picture and hyperlink on its slide.

    Sent to LibreOffice when named ``.ppt`` would not happen (the sniffer reads it as PPTX),
    so this one guards the PPTX path: python-pptx never follows an external relationship.
    """
    base = text_pptx()
    with zipfile.ZipFile(io.BytesIO(base)) as zf:
        rels = zf.read("ppt/slides/_rels/slide1.xml.rels").decode()
        slide = zf.read("ppt/slides/slide1.xml").decode()
    rels = rels.replace("</Relationships>", '<Relationship Id="rIdX1" Type="http://schemas.openxmlformats.org/'
                        f'officeDocument/2006/relationships/image" Target="{url}/pptx-image.png" '
                        'TargetMode="External"/></Relationships>')
    pic = ('<p:pic><p:nvPicPr><p:cNvPr id="99" name="linked"/><p:cNvPicPr/><p:nvPr/></p:nvPicPr><p:blipFill>'
           '<a:blip r:link="rIdX1"/><a:stretch><a:fillRect/></a:stretch></p:blipFill><p:spPr><a:xfrm>'
           '<a:off x="0" y="0"/><a:ext cx="100000" cy="100000"/></a:xfrm><a:prstGeom prst="rect"/></p:spPr></p:pic>')
    slide = slide.replace("</p:spTree>", pic + "</p:spTree>", 1)
    return rezip(base, {"ppt/slides/_rels/slide1.xml.rels": rels.encode(), "ppt/slides/slide1.xml": slide.encode()})
