"""What is not a figure: numbers inside URLs, e-mail addresses, file names and percent-escapes
(wherever they sit in them), and a numeral character starting an ordinary word (拾起, 一起, 十分,
万一, 三台县). Rows: (surface, value, high, unit, qualifier, kind, currency)."""

from __future__ import annotations

import pytest

from .value_cases import Case, assert_held_out, check, ids

M, P, C, PCT, ME, D = "money", "people", "count", "percent", "measure", "duration"

CASES: list[Case] = [
    # ---- URLs, wherever the figure sits
    ("详见http://www.example.gov.cn/art/2023/11/5/art_1234_56789.html", []),
    ("原文链接：https://tjj.example.cn/tjgb/202403/t20240315_4521.html，欢迎查阅", []),
    ("访问https://union.example.org/news/list/page/index/2024/detail/320家", []),
    ("地址www.example-gh.org.cn/a?id=12345&page=3&size=20", []),
    ("见http://x.example.cn/p?keyword=%E5%B7%A5%E4%BC%9A&n=15个", []),
    # ---- e-mail addresses
    ("投稿邮箱：gonghui2023@163.com", []),
    ("联系邮箱zhang_3@example.cn，电话另行通知", []),
    ("来稿请发送至union88@example.com，建成驿站30家", [("30家", 30, None, "家", "exact", C, None)]),
    # ---- file names
    ("附件下载：表3-2.xlsx", []),
    ("点击下载附件1.pdf", []),
    ("图片IMG_20231105_123.jpg", []),
    ("附件：关于表彰30名先进个人的通知.docx", [("30名", 30, None, "名", "exact", P, None)]),
    # ---- percent escapes
    ("搜索词%E9%A9%BF%E7%AB%99%20", []),
    # ---- a numeral character starting an ordinary word
    ("志愿者弯腰拾起路边垃圾", []),
    ("大家一起动手清扫", []),
    ("领导十分重视职工安全", []),
    ("万一发生事故要及时报告", []),
    ("在三台县开展送温暖活动", []),
    ("千家万户受益", []),
    ("辖区发生两起交通事故", [("两起", 2, None, "起", "exact", C, None)]),
    ("一次性发放补贴3000元", [("3000元", 3000, None, "元", "exact", M, "CNY")]),
]

HELD_OUT: list[Case] = [
    ("更多信息见https://www.example.cn/2024/05/12/news_678.shtml", []),
    ("请登录www.example.com.cn/zt/2023/index_5.html报名", []),
    ("简历发送至hr2024@example.com", []),
    ("下载文件：2023年统计公报_final_v2.pdf", []),
    ("关键词%E8%81%8C%E5%B7%A5", []),
    ("他们一起走访了社区", []),
    ("十分感谢各界支持", []),
    ("发生三起安全事故", [("三起", 3, None, "起", "exact", C, None)]),
    ("工作人员拾起掉落的文件", []),
    ("详情请访问https://www.example.org.cn/gh/2025/0315/88.html", []),
    ("联系邮箱union2025@example.org.cn", []),
    ("附件2.docx", []),
    ("大家一起努力", []),
]
HELD_OUT_FLOOR = 13  # measured: raise, never lower


@pytest.mark.parametrize(("text", "rows"), CASES, ids=ids(CASES))
def test_not_a_figure(text, rows):
    check(text, rows)


def test_held_out_not_figures():
    assert_held_out("not-figures", HELD_OUT, HELD_OUT_FLOOR)
