"""A fixed benchmark corpus: invented reports in the shapes real pages take, generated the same
way on every machine (one seed, `random.Random.random` only, whose sequence Python keeps stable).

Union news pages with page chrome, work reports with numbered headings, statistical bulletins
with dense figures; some in traditional script, some with full-width digits. Every place, name and
figure is made up here. ``python benchmarks/corpus.py`` prints the corpus's size and checksum.
"""

from __future__ import annotations

import hashlib
import random

PLACES = ("云溪市", "白石县", "临河区", "青枫县", "南坪市", "石湾镇", "桐岭县", "望江区", "北塘市", "柳泉县")
UNIONS = ("总工会", "区总工会", "县总工会", "市教育工会", "机关工会", "产业工会")
CHROME_TOP = (
    "首页 > 工会动态 > 基层风采",
    "当前位置：首页 > 新闻中心 > 工作动态",
    "【字体：大 中 小】 【打印】 【关闭】",
    "分享到：微信 微博 QQ空间",
)
CHROME_BOTTOM = (
    "上一篇：{place}召开职工代表大会\n下一篇：{place}举办职工运动会",
    "主办单位：{place}{union} 版权所有 技术支持：{place}信息中心",
    "联系电话：0{area}-{phone} 邮编：{post}",
    "扫一扫在手机打开当前页",
)
OPENINGS = (
    "今年以来，{place}{union}坚持以职工为中心，围绕中心、服务大局，各项工作取得新成效。",
    "近日，记者从{place}{union}获悉，{year}年全{level}工会系统扎实推进各项重点工作。",
    "{year}年，在{place}党委的坚强领导下，全{level}各级工会组织团结动员广大职工建功立业。",
)
FIGURE_SENTENCES = (
    "全{level}累计建成工会驿站{n}家，服务户外劳动者{w}万人次。",
    "筹集帮扶资金{money}万元，走访慰问困难职工{n}户，发放慰问金{small}万元。",
    "开展劳动和技能竞赛{n}场次，参与职工{w}万余人，同比增长{pct}%。",
    "新建基层工会{n}个，新发展会员{n2}人，其中新就业形态劳动者{n3}人。",
    "举办职业技能培训班{n}期，培训职工{n2}人次，{n3}人取得职业资格证书。",
    "为{n}名困难职工子女发放助学金{small}万元，较上年增加{pct}个百分点。",
    "全年实现地区生产总值{gdp}亿元，比上年增长{pct}%；其中第三产业增加值{gdp2}亿元。",
    "城镇新增就业{w}万人，城镇调查失业率为{rate}%，居民人均可支配收入{income}元。",
    "规模以上工业增加值增长{pct}%，固定资产投资{gdp2}亿元，下降{pct2}%。",
    "职工医疗互助保障参保人数达到{w}万人，赔付金额约{small}万元。",
    "签订工资集体合同{n}份，覆盖企业{n2}家、职工{w}万人。",
    "共有{cn}个基层单位参加评选，评出先进集体{cn2}个、先进个人{n}名。",
    "帮助{n}名农民工追回欠薪{money}万元，办结劳动争议案件{n2}件，调解成功率达{pct}%。",
    "“工会爱心驿站”覆盖{n}个乡镇，其中{n2}个达到星级标准。",
)
PROSE = (
    "各级工会组织深入开展职工思想政治引领，推动产业工人队伍建设改革走深走实。",
    "坚持把维护职工合法权益作为基本职责，健全完善联系服务职工工作机制。",
    "持续深化“我为职工办实事”实践活动，着力解决职工急难愁盼问题。",
    "聚焦高质量发展大局，广泛开展劳动竞赛和技能比武，弘扬劳模精神、劳动精神、工匠精神。",
    "加强工会自身建设，推进基层工会规范化建设，不断增强工会组织的吸引力凝聚力。",
    "下一步，将继续围绕中心、服务大局，团结动员广大职工为经济社会发展贡献力量。",
)
HEADINGS = ("一、", "二、", "三、", "四、", "五、", "六、")
HEADING_WORDS = (
    "强化思想政治引领",
    "深化劳动技能竞赛",
    "做实服务职工工作",
    "推进基层工会建设",
    "维护职工合法权益",
    "主要经济指标",
)
TRADITIONAL = str.maketrans(
    "会职经济发总资万个实动劳组织坚务围级区县镇乡业规计员", "會職經濟發總資萬個實動勞組織堅務圍級區縣鎮鄉業規計員"
)
FULL_WIDTH = str.maketrans("0123456789.%", "０１２３４５６７８９．％")
CN_DIGITS = "〇一二三四五六七八九"


class _Draw:
    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)

    def pick(self, items: tuple[str, ...]) -> str:
        return items[int(self.rng.random() * len(items))]

    def int(self, lo: int, hi: int) -> int:
        return lo + int(self.rng.random() * (hi - lo + 1))

    def dec(self, lo: float, hi: float, places: int = 1) -> str:
        return f"{lo + self.rng.random() * (hi - lo):.{places}f}"

    def chinese(self, n: int) -> str:
        tens, ones = divmod(n, 10)
        return (CN_DIGITS[tens] if tens > 1 else "") + ("十" if tens else "") + (CN_DIGITS[ones] if ones else "")


def _figures(d: _Draw, level: str) -> str:
    return d.pick(FIGURE_SENTENCES).format(
        level=level,
        n=d.int(3, 980),
        n2=d.int(20, 9800),
        n3=d.int(2, 600),
        w=d.dec(0.2, 48),
        money=d.dec(10, 9800, 2),
        small=d.dec(1, 600, 1),
        pct=d.dec(0.5, 30),
        pct2=d.dec(0.1, 9),
        rate=d.dec(3, 6),
        gdp=d.dec(200, 4000, 2),
        gdp2=d.dec(50, 1500, 2),
        income=d.int(18000, 62000),
        cn=d.chinese(d.int(11, 99)),
        cn2=d.chinese(d.int(2, 40)),
    )


def _paragraph(d: _Draw, level: str, figures: int) -> str:
    parts = [d.pick(PROSE)]
    for _ in range(figures):
        parts.append(_figures(d, level))
        parts.append(d.pick(PROSE))  # real pages: about one figure in 45 characters
        if d.rng.random() < 0.5:
            parts.append(d.pick(PROSE))
    return "".join(parts)


def report(d: _Draw) -> str:
    """One invented page: chrome, title, byline, an opening, sections of prose and figures."""
    place, union, year = d.pick(PLACES), d.pick(UNIONS), d.int(2019, 2025)
    level = place[-1]
    lines = [d.pick(CHROME_TOP)] if d.rng.random() < 0.6 else []
    lines.append(f"{place}{union}{year}年工作情况通报")
    lines.append(
        f"发布时间：{year + 1}-{d.int(1, 12):02d}-{d.int(1, 28):02d}  来源：{place}{union}  浏览次数：{d.int(50, 9999)}"
    )
    lines.append(d.pick(OPENINGS).format(place=place, union=union, year=year, level=level))
    dense = d.rng.random() < 0.2  # a statistical bulletin: figures in every sentence
    for h in range(d.int(2, 5)):
        lines.append(f"{HEADINGS[h]}{d.pick(HEADING_WORDS)}")
        for _ in range(d.int(1, 3)):
            lines.append(_paragraph(d, level, d.int(3, 7) if dense else d.int(1, 3)))
    if d.rng.random() < 0.7:
        chrome = d.pick(CHROME_BOTTOM)
        lines.append(
            chrome.format(
                place=place,
                union=union,
                area=d.int(100, 999),
                phone=d.int(2000000, 8999999),
                post=d.int(100000, 899999),
            )
        )
    text = "\n".join(lines) + "\n"
    shape = d.rng.random()
    if shape < 0.15:
        text = text.translate(TRADITIONAL)
    elif shape < 0.25:
        text = text.translate(FULL_WIDTH)
    return text


def generate(count: int = 400, seed: int = 2024) -> list[str]:
    """`count` reports, the same on every run and machine."""
    d = _Draw(seed)
    return [report(d) for _ in range(count)]


def checksum(docs: list[str]) -> str:
    return hashlib.sha256("\x00".join(docs).encode("utf-8")).hexdigest()[:12]


if __name__ == "__main__":
    docs = generate()
    size = sum(len(doc.encode("utf-8")) for doc in docs)
    print(f"{len(docs)} reports, {sum(map(len, docs)):,} chars, {size / 1e6:.2f} MB UTF-8, sha256 {checksum(docs)}")
    print(docs[0])
