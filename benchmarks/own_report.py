"""One invented report (places, people and figures made up) in every form analysts receive.

The same content as plain text (UTF-8, GBK, Big5), as web pages in the shapes Chinese government
and news sites use (GBK-declared page with navigation, breadcrumb, related-news list, advert and
footer; a news page whose paragraphs open with <strong> lead-ins; a page that is one long line)
and as a multi-page PDF (running header, page numbers, hard-wrapped lines, a table).
"""

from __future__ import annotations

import json
from html import escape
from pathlib import Path

TITLE = "青岚市总工会2025年度服务职工工作情况通报"
PUBLISHED = "2026-01-15"
SOURCE = "青岚市总工会"

# (heading, paragraphs); a paragraph that is a list of rows is a table (first row the header).
SECTIONS: list[tuple[str, list[str | list[list[str]]]]] = [
    (
        "一、服务阵地建设",
        [
            "2025年，市总工会把服务阵地建设作为为职工办实事的重点工作，全年新建工会驿站48家，"
            "全市累计建成工会驿站320家，服务环卫工人、快递员和外卖骑手等户外劳动者12.6万人次。",
            "各级工会共投入阵地建设资金867.4万元，比上年增长12.5%，其中市总工会补助资金310万元。"
            "新建职工书屋26个，配送图书1.8万册。",
        ],
    ),
    (
        "二、困难职工帮扶",
        [
            "元旦春节期间，各级工会走访慰问困难职工1700余人，发放慰问金235.8万元；"
            "为困难职工子女发放助学金46万元，资助学生230名。",
            [
                ["项目", "人数", "金额"],
                ["春节送温暖", "1470人", "189.8万元"],
                ["金秋助学", "230人", "46万元"],
            ],
            "全年为职工办理医疗互助保障4.3万人，理赔金额达512.6万元，同比增长8.1%。",
        ],
    ),
    (
        "三、职工技能提升",
        [
            "联合人社部门举办职业技能竞赛36场，参赛职工达1.5万人次，培训职工8600人，其中32名职工晋升技师、高级技师。",
            "命名市级劳模创新工作室15个，累计达到98个，全年完成技术革新项目217项，创造经济效益约1.2亿元。",
        ],
    ),
    (
        "四、维护职工权益",
        [
            "全市建会企业签订工资集体合同1260份，覆盖职工21.4万人。"
            "工会法律援助中心接待职工来访430人次，帮助186名农民工追回欠薪1035万元。",
            "开展劳动安全卫生监督检查52次，排查整改安全隐患740处。",
        ],
    ),
]


def body_blocks() -> list[str | list[list[str]]]:
    """Headings and paragraphs in order; a table is a list of rows."""
    blocks: list[str | list[list[str]]] = []
    for heading, paragraphs in SECTIONS:
        blocks.append(heading)
        blocks.extend(paragraphs)
    return blocks


def as_text() -> str:
    """The plain-text form: title, date line, then one line per heading, paragraph and table row."""
    lines = [TITLE, f"发布时间：{PUBLISHED}  来源：{SOURCE}", ""]
    for block in body_blocks():
        lines.extend("\t".join(row) for row in block) if isinstance(block, list) else lines.append(block)
    return "\n".join(lines) + "\n"


def as_traditional_text() -> str:
    import opencc

    return str(opencc.OpenCC("s2tw").convert(as_text()))


# ------------------------------------------------------------------------------------------ web pages
RELATED = [  # figures in chrome: never claims
    ("青岚市再添12家工会驿站", "2025-11-02"),
    ("市总工会发放助学金80万元", "2025-09-01"),
    ("3000名职工参加健步走活动", "2025-05-20"),
]
AD = "【广告】职工疗养套餐仅需1999元，限时优惠，咨询电话0571-88886666"
NAV = ["首页", "工会要闻", "基层动态", "政策法规", "服务职工", "网上办事", "联系我们"]


def _table_html(rows: list[list[str]]) -> str:
    head = "".join(f"<th>{escape(c)}</th>" for c in rows[0])
    body = "".join("<tr>" + "".join(f"<td>{escape(c)}</td>" for c in r) + "</tr>\n" for r in rows[1:])
    return f'<table class="data" border="1"><thead><tr>{head}</tr></thead><tbody>\n{body}</tbody></table>'


def _body_html(lead_ins: bool) -> str:
    out = []
    for block in body_blocks():
        if isinstance(block, list):
            out.append(_table_html(block))
        elif any(block == h for h, _ in SECTIONS):
            out.append(f"<p><strong>{escape(block)}</strong></p>" if lead_ins else f"<h3>{escape(block)}</h3>")
        else:
            out.append(f'<p style="text-indent:2em">{escape(block)}</p>')
    return "\n".join(out)


def gov_page(charset: str = "gbk") -> bytes:
    """A government site's article page, declared in `charset`, with all the chrome around it."""
    nav = "".join(f'<li><a href="/{i}/">{escape(n)}</a></li>' for i, n in enumerate(NAV))
    related = "".join(
        f'<li><a href="/news/{i}.html">{escape(t)}</a><span class="date">{d}</span></li>'
        for i, (t, d) in enumerate(RELATED)
    )
    ld = json.dumps(
        {"@context": "https://schema.org", "@type": "NewsArticle", "headline": TITLE, "datePublished": PUBLISHED},
        ensure_ascii=False,
    )
    page = f"""<!DOCTYPE html PUBLIC "-//W3C//DTD XHTML 1.0 Transitional//EN" "http://www.w3.org/TR/xhtml1/DTD/xhtml1-transitional.dtd">
<html xmlns="http://www.w3.org/1999/xhtml">
<head>
<meta http-equiv="Content-Type" content="text/html; charset={charset}" />
<title>{escape(TITLE)}_{escape(SOURCE)}门户网站</title>
<meta name="keywords" content="工会,职工,驿站" />
<meta name="description" content="{escape(TITLE)}" />
<meta property="og:title" content="{escape(TITLE)}" />
<meta property="article:published_time" content="{PUBLISHED}T09:30:00+08:00" />
<meta name="ContentSource" content="{escape(SOURCE)}" />
<script type="application/ld+json">{ld}</script>
<script type="text/javascript">var _hmt = _hmt || []; var pv = 123456;</script>
<style>body{{font-size:14px}} .nav li{{float:left}}</style>
</head>
<body>
<div class="top">欢迎访问青岚市总工会门户网站 | 设为首页 | 加入收藏 | 2026年1月15日 星期四</div>
<div class="header"><img src="/images/logo.png" alt="青岚市总工会" /></div>
<ul class="nav">{nav}</ul>
<div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/gzyw/">工会要闻</a> &gt; 正文</div>
<div class="main">
 <div class="left">
  <div class="article">
   <h1 class="title">{escape(TITLE)}</h1>
   <div class="info">发布时间：{PUBLISHED} 09:30　来源：{escape(SOURCE)}　浏览次数：2048　【字体：大 中 小】</div>
   <div class="content" id="zoom">
{_body_html(lead_ins=False)}
   </div>
   <div class="share">分享到：微信 微博 QQ空间　【打印本页】【关闭窗口】</div>
  </div>
  <div class="related"><h3>相关新闻</h3><ul>{related}</ul></div>
 </div>
 <div class="right"><div class="ad">{escape(AD)}</div>
  <div class="hot"><h3>热点排行</h3><ul><li><a href="/h1.html">全市职工收入增长5.8%</a></li>
  <li><a href="/h2.html">我市评出100名最美职工</a></li></ul></div></div>
</div>
<div class="footer">
 <p>主办单位：{escape(SOURCE)}　地址：青岚市建设路88号　邮编：310099</p>
 <p>版权所有 © 青岚市总工会　浙ICP备12345678号-1　网站标识码：3301000023　联系电话：0571-87654321</p>
</div>
</body>
</html>
"""
    return page.encode("gb18030" if charset.lower() in {"gbk", "gb2312", "gb18030"} else charset)


def news_page() -> bytes:
    """A news portal's article (UTF-8, <meta charset>): <strong> lead-ins, comments and a feed around it."""
    feed = "".join(f'<li class="item"><a href="/a/{i}">{escape(t)}</a></li>' for i, (t, _) in enumerate(RELATED))
    page = f"""<!doctype html><html lang="zh-CN"><head><meta charset="utf-8">
<title>{escape(TITLE)}-青岚新闻网</title>
<meta property="og:title" content="{escape(TITLE)}">
<meta property="og:site_name" content="青岚新闻网">
<meta name="publishdate" content="{PUBLISHED}">
</head><body>
<header class="site-header"><a href="/">青岚新闻网</a><nav>{"".join(f"<a href='/c{i}'>{escape(n)}</a>" for i, n in enumerate(NAV))}</nav></header>
<main><article>
<h1>{escape(TITLE)}</h1>
<p class="byline"><span class="time">{PUBLISHED} 10:05</span> <span class="source">来源：{escape(SOURCE)}</span> <span>编辑：林晓</span></p>
<div class="article-content">
{_body_html(lead_ins=True)}
<p class="editor">（责任编辑：林晓）</p>
</div>
</article>
<aside class="recommend"><h2>猜你喜欢</h2><ul>{feed}</ul></aside>
<section class="comments"><h2>网友评论</h2><p>已有58条评论，点击查看</p></section>
</main>
<footer><p>青岚新闻网 版权所有 未经授权禁止转载</p><p>违法和不良信息举报电话：12377</p></footer>
</body></html>"""
    return page.encode("utf-8")


def one_line_page() -> bytes:
    """The government page with every newline removed: a page that is one long line."""
    return gov_page("utf-8").replace(b"\r", b"").replace(b"\n", b"")


def cms_page() -> bytes:
    """An older county site (GB2312, table layout, class names that say nothing: "bk1", "c3", "lb")."""
    nav = "".join(f'<td class="c1"><a href="/{i}.asp">{escape(n)}</a></td>' for i, n in enumerate(NAV))
    related = "".join(
        f'<tr><td class="lb"><a href="/{i}.asp">{escape(t)}</a></td><td>{d}</td></tr>'
        for i, (t, d) in enumerate(RELATED)
    )
    page = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312">
<title>{escape(TITLE)}</title></head><body>
<table width="1000" class="bk1"><tr>{nav}</tr></table>
<table width="1000" class="bk1"><tr>
<td width="250" valign="top" class="c3"><table><tr><td class="t2">相关信息</td></tr>{related}</table>
<p class="c2">{escape(AD)}</p></td>
<td width="750" valign="top" class="c4">
<div class="bt">{escape(TITLE)}</div>
<div class="sj">{PUBLISHED} 来源：{escape(SOURCE)} 点击数：318</div>
<div class="nr">
{_body_html(lead_ins=False)}
</div></td></tr></table>
<table width="1000" class="bk2"><tr><td class="c1">版权所有：{escape(SOURCE)} 技术支持：某某网络公司 备案号：浙ICP备00000000号</td></tr></table>
</body></html>"""
    return page.encode("gb18030")


PAGES = {"gov_gbk": gov_page, "news_utf8": news_page, "one_line": one_line_page, "cms_tables": cms_page}


# ------------------------------------------------------------------------------------------ PDF
HEADER = "青岚市总工会文件"


def write_pdf(path: Path, *, size: float = 12, indent: bool = False) -> Path:
    """A multi-page PDF of the report: running header, page numbers, hard-wrapped lines, a table.

    Paragraphs open indented by two characters with `indent` (as Chinese official documents do).
    Uses reportlab's built-in STSong-Light CID font (no font file needed).
    """
    from reportlab.lib import colors
    from reportlab.lib.pagesizes import A4
    from reportlab.lib.styles import ParagraphStyle
    from reportlab.lib.units import mm
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.platypus import Paragraph, SimpleDocTemplate, Spacer, Table, TableStyle

    pdfmetrics.registerFont(UnicodeCIDFont("STSong-Light"))
    body = ParagraphStyle(
        "body", fontName="STSong-Light", fontSize=size, leading=size * 1.8, wordWrap="CJK",
        firstLineIndent=2 * size if indent else 0,
    )  # fmt: skip
    head = ParagraphStyle(
        "head", parent=body, firstLineIndent=0, fontSize=size + 2, spaceBefore=size, spaceAfter=size / 2
    )
    title = ParagraphStyle(
        "title", parent=body, firstLineIndent=0, fontSize=size + 6, leading=(size + 6) * 1.5, alignment=1
    )

    def decorate(canvas: object, doc: object) -> None:
        canvas.saveState()  # type: ignore[attr-defined]
        canvas.setFont("STSong-Light", 9)  # type: ignore[attr-defined]
        canvas.drawCentredString(A4[0] / 2, A4[1] - 15 * mm, HEADER)  # type: ignore[attr-defined]
        canvas.drawCentredString(A4[0] / 2, 12 * mm, f"— {doc.page} —")  # type: ignore[attr-defined]
        canvas.restoreState()  # type: ignore[attr-defined]

    story: list[object] = [Paragraph(escape(TITLE), title), Paragraph(f"（{SOURCE}　{PUBLISHED}）", body)]
    for block in body_blocks():
        if isinstance(block, list):
            table = Table(block, hAlign="LEFT")
            table.setStyle(
                TableStyle(
                    [("FONT", (0, 0), (-1, -1), "STSong-Light", size), ("GRID", (0, 0), (-1, -1), 0.5, colors.black)]
                )
            )
            story += [table, Spacer(1, size)]
        elif any(block == h for h, _ in SECTIONS):
            story.append(Paragraph(escape(block), head))
        else:
            story.append(Paragraph(escape(block), body))
    doc = SimpleDocTemplate(str(path), pagesize=A4, topMargin=25 * mm, bottomMargin=25 * mm, title=TITLE)
    doc.build(story, onFirstPage=decorate, onLaterPages=decorate)
    return path


# ------------------------------------------------------------------------------------------ held out
# Page shapes written after the HTML reading was tuned, never tuned against (see test_html.py).
def _br_paragraphs() -> str:
    out = []
    for block in body_blocks():
        if isinstance(block, list):
            out.append(_table_html(block))
        else:
            out.append("&nbsp;&nbsp;&nbsp;&nbsp;" + escape(block) + "<br><br>")
    return "\n".join(out)


def br_page() -> bytes:
    """An old county page: a layout table, the article one <td> of <br>-separated paragraphs."""
    nav = " | ".join(f'<a href="/{i}.htm">{escape(n)}</a>' for i, n in enumerate(NAV))
    page = f"""<html><head><meta http-equiv="Content-Type" content="text/html; charset=gb2312"><title>{escape(TITLE)}</title></head>
<body><table width="980" align="center"><tr><td class="dh">{nav}</td></tr>
<tr><td align="center"><font size="4"><b>{escape(TITLE)}</b></font></td></tr>
<tr><td align="center">时间：{PUBLISHED}　来源：{escape(SOURCE)}</td></tr>
<tr><td class="zw">{_br_paragraphs()}</td></tr>
<tr><td>上一篇：<a href="/p.htm">{escape(RELATED[0][0])}</a><br>下一篇：<a href="/n.htm">{escape(RELATED[1][0])}</a></td></tr>
<tr><td class="bq">版权所有：{escape(SOURCE)}　地址：青岚市建设路88号　电话：0571-87654321</td></tr></table></body></html>"""
    return page.encode("gb18030")


def wechat_page() -> bytes:
    """A public-account article: nested <section>/<span>, <strong> lead-ins, 阅读原文 and counters."""
    body = []
    for block in body_blocks():
        if isinstance(block, list):
            body.append(_table_html(block))
        elif any(block == h for h, _ in SECTIONS):
            body.append(f'<section><p><span style="color:#c00"><strong>{escape(block)}</strong></span></p></section>')
        else:
            body.append(f"<section><p><span>{escape(block)}</span></p></section>")
    page = f"""<!DOCTYPE html><html><head><meta charset="utf-8"><meta property="og:title" content="{escape(TITLE)}">
<title>{escape(TITLE)}</title></head><body><div id="page-content"><div class="rich_media_inner">
<h1 class="rich_media_title" id="activity-name">{escape(TITLE)}</h1>
<div id="meta_content"><span id="js_name">青岚工会</span><em id="publish_time">{PUBLISHED}</em></div>
<div class="rich_media_content" id="js_content">{"".join(body)}
<p><span>来源：{escape(SOURCE)}</span></p><p><span>编辑：林晓　审核：周明</span></p></div>
<div id="js_tags">阅读原文　阅读 1.2万　在看 368　分享　点赞 520</div>
<div class="related">{"".join(f"<p><a href='/s/{i}'>{escape(t)}</a></p>" for i, (t, _) in enumerate(RELATED))}</div>
</div></div></body></html>"""
    return page.encode("utf-8")


def graph_page() -> bytes:
    """A provincial site: JSON-LD @graph, a sidebar inside <article>, previous/next links, share bar."""
    ld = json.dumps(
        {"@context": "https://schema.org", "@graph": [{"@type": "WebSite", "name": "青岚工会网"},
         {"@type": "Article", "headline": TITLE, "datePublished": f"{PUBLISHED}T08:00:00+08:00"}]},
        ensure_ascii=False,
    )  # fmt: skip
    page = f"""<!DOCTYPE html><html lang="zh"><head><meta charset="utf-8"><title>{escape(TITLE)} - 青岚工会网</title>
<script type="application/ld+json">{ld}</script></head><body>
<div class="topbar">无障碍浏览 | 长者模式 | 登录 | 注册</div>
<article class="detail"><header><h1>{escape(TITLE)}</h1><p class="meta">{PUBLISHED} 来源：{escape(SOURCE)}</p></header>
<aside class="side"><h4>专题专栏</h4><ul>{"".join(f"<li><a href='/z/{i}'>{escape(t)}</a></li>" for i, (t, _) in enumerate(RELATED))}</ul></aside>
<div class="detail-body">{_body_html(lead_ins=False)}</div>
<nav class="prevnext"><a href="/p">上一篇：{escape(RELATED[2][0])}</a> <a href="/n">下一篇：{escape(RELATED[0][0])}</a></nav>
<div class="sharebar">分享到：微信 微博　打印　关闭</div></article>
<footer>青岚工会网 版权所有 | 网站地图 | 联系我们</footer></body></html>"""
    return page.encode("utf-8")


HELD_OUT_PAGES = {"br_paragraphs": br_page, "wechat": wechat_page, "json_ld_graph": graph_page}
