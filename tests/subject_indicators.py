"""Subjects of indicators in government and union reports (own sentences, invented figures):
城乡 split by 分别 into 城镇 and 农村, a completion rate of a budget (完成年度预算的102.8%) and a share
(占支出总额的31.4%) taking the indicator they measure, and 总数 naming nothing by itself (职工总数
keeps it, as 参保职工人数 keeps 人数).

Rows as in `test_subjects`: (text, the subjects of its claims). ``INDICATOR_CASES`` were written
before the rules were tuned and must all pass; ``INDICATOR_HELD_OUT`` was written with them and
never tuned on (its pass count is a ratchet in `test_subjects`).
"""

from __future__ import annotations

INDICATOR_CASES: list[tuple[str, list[str]]] = [
    ("全县城乡居民人均可支配收入分别达到38260元和19870元。", ["城镇居民人均可支配收入", "农村居民人均可支配收入"]),
    (
        "城乡居民人均消费支出分别为24100元、15320元，分别增长5.2%和7.1%。",
        ["城镇居民人均消费支出", "农村居民人均消费支出", "城镇居民人均消费支出", "农村居民人均消费支出"],
    ),
    ("城乡居民医保财政补助标准分别提高到每人670元和640元。", ["城镇居民医保财政补助标准", "农村居民医保财政补助标准"]),
    ("全年工会经费收入3.26亿元，完成年度预算的102.8%。", ["工会经费收入", "工会经费收入"]),
    ("全县一般公共预算支出45.2亿元，为年度预算的96.4%。", ["一般公共预算支出", "一般公共预算支出"]),
    ("职工活动支出6120万元，占支出总额的31.4%。", ["职工活动支出", "职工活动支出"]),
    ("第三产业增加值1520亿元，占全县生产总值的52.3%。", ["第三产业增加值", "第三产业增加值"]),
    ("今年新建职工书屋12家，总数达到86家。", ["职工书屋", "职工书屋"]),
    ("全市职工创新工作室总数达到154家。", ["职工创新工作室总数"]),  # as 职工总数, 参保职工人数
    ("全区户外劳动者服务站点总数突破300个。", ["户外劳动者服务站点总数"]),
    # a bound written in two words by the segmenter (不少/于, 不/超过) still stands between name and figure
    ("开展区级职业技能竞赛不少于10项。", ["区级职业技能竞赛"]),
    ("报名参赛队伍原则上不超过3支。", ["参赛队伍"]),
    ("全市参保职工人数不低于12万人。", ["参保职工人数"]),
    ("新建职工书屋不少于20家。", ["职工书屋"]),
    # a hard wrap inside a sentence (a PDF copy): the name goes on on the line above; a heading does not
    (
        "（一）组织建设不断夯实。全县基层工会组\n织由1126个增加到1389个。",
        ["基层工会组织", "基层工会组织"],
    ),
    (
        "县职工法律援助中心全年办结劳动争议案件\n386件，为职工挽回经济损失1260余万元。",
        ["劳动争议案件", "经济损失"],
    ),
    ("一、主要预期目标\n国内生产总值增长5%左右。", ["国内生产总值"]),
    # 分别 after figures of separate clauses: each takes the subject of the figure it matches
    (
        "今年全市共有860家企业、12.6万名职工参赛，分别比去年增加42家和1.1万名。",
        ["企业", "职工", "企业", "职工"],
    ),
    (
        "全区新建职工书屋35家、职工之家28个，分别比上年增长12%和8%。",
        ["职工书屋", "职工之家", "职工书屋", "职工之家"],
    ),
    # a thing counted after a measure word of things, a verb before its noun (200余组焊接参数);
    # people after 人/名 act (200人参加培训: no name after the figure)
    ("团队先后试验了200余组焊接参数。", ["焊接参数"]),
    ("课题组共发放了1500份调查问卷。", ["调查问卷"]),
    ("全年组织职工200人参加技能培训。", ["职工"]),
    # 时长, one word: an indicator of time (员工人均培训时长)
    ("全年员工人均培训时长46学时。", ["员工人均培训时长"]),
]

INDICATOR_HELD_OUT: list[tuple[str, list[str]]] = [
    ("城乡低保标准分别提高到每月820元和610元。", ["城镇低保标准", "农村低保标准"]),
    ("一般公共预算收入完成28.6亿元，为预算的103.2%。", ["一般公共预算收入", "一般公共预算收入"]),
    ("维权支出3860万元，占支出总额的24.6%。", ["维权支出", "维权支出"]),
    ("新发展会员3200人，会员总数达到4.8万人。", ["会员", "会员总数"]),
    (
        "城乡居民基本养老保险参保人数分别为12.6万人和38.4万人。",
        ["城镇居民基本养老保险参保人数", "农村居民基本养老保险参保人数"],
    ),
    ("县直单位参赛队伍不超过2支。", ["参赛队伍"]),
    ("全年培训农民工不低于3000人次。", ["农民工"]),
    ("全县各级工会共筹集发放帮扶资\n金600万元，惠及困难职工3200户。", ["帮扶资金", "困难职工"]),
    (
        "帮扶资金投入560万元，受益职工3200人，分别同比增长15.2%和9.6%。",
        ["帮扶资金", "受益职工", "帮扶资金", "受益职工"],
    ),
    ("研发中心累计测试了3000多组运行数据。", ["运行数据"]),
    ("全市职工平均通勤时长38分钟。", ["职工平均通勤时长"]),
]
