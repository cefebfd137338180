using System.Text.RegularExpressions;

namespace MeetingBot.Core.Policy.Units;

/// <summary>
/// Knowledge about how Chinese government units are named: the suffixes that end a unit name, the jurisdiction
/// prefixes (自治区, 省, 区 …) that lists share, and the abbreviations documents use (人社 for 人力资源社会保障).
/// </summary>
public static partial class UnitNames
{
    private static readonly string[] Suffixes =
    [
        "厅", "局", "委", "办", "部", "会", "院", "中心", "政府", "室", "所", "处", "站", "社", "联", "协", "队",
        "校", "组织", "单位", "公司", "集团", "银行", "分行", "支行", "馆", "署", "司", "团", "小组", "机构", "部门", "园区", "管委会",
        "海关", // courts (院), trade unions and councils (会), 妇联 / 残联 (联), 科协 (协) end in the suffixes above
    ];

    private static readonly string[] Provinces =
    [
        "北京", "天津", "上海", "重庆", "河北", "山西", "辽宁", "吉林", "黑龙江", "江苏", "浙江", "安徽", "福建", "江西",
        "山东", "河南", "湖北", "湖南", "广东", "海南", "四川", "贵州", "云南", "陕西", "甘肃", "青海", "台湾", "内蒙古",
        "广西", "西藏", "宁夏", "新疆", "香港", "澳门", "国家", "国务院", "中央",
    ];

    // Words that start with 市/区/县 characters but are not jurisdictions.
    private static readonly string[] NotJurisdictions = ["市场", "城市", "社区", "园区", "区域", "县域", "市级", "县级", "区级", "省级", "市县", "市直", "区直", "县直", "省直"];

    private static readonly (string Long, string Short)[] Abbreviations =
    [
        ("人力资源和社会保障", "人社"), ("人力资源社会保障", "人社"), ("人力资源与社会保障", "人社"), ("人力社保", "人社"),
        ("发展和改革委员会", "发改委"), ("发展改革委员会", "发改委"), ("发展和改革", "发改"), ("发展改革", "发改"),
        ("教育和体育", "教体"), ("教育体育", "教体"),
        ("工业和信息化", "工信"), ("经济和信息化", "经信"),
        ("住房和城乡建设", "住建"), ("住房城乡建设", "住建"),
        ("卫生健康委员会", "卫健委"), ("卫生和健康", "卫健"), ("卫生健康", "卫健"),
        ("退役军人事务", "退役军人"), ("市场监督管理", "市场监管"),
        ("国有资产监督管理委员会", "国资委"), ("国有资产监督管理", "国资"), ("文化和旅游", "文旅"), ("文化旅游", "文旅"),
        ("科学技术", "科技"), ("财政部门", "财政"), ("机构编制委员会办公室", "编办"), ("职业教育中心", "职教中心"),
    ];

    public static bool EndsWithUnitSuffix(string name)
    {
        foreach (var s in Suffixes)
            if (name.EndsWith(s, StringComparison.Ordinal)) return true;
        return false;
    }

    /// <summary>Groups of units written as one (各市、县〔区〕人民政府, 有关行业组织, 各高等院校): never given a prefix.</summary>
    public static bool IsGroup(string name) =>
        name.StartsWith('各') || name.StartsWith("有关", StringComparison.Ordinal) || name.StartsWith("相关", StringComparison.Ordinal)
        || name.StartsWith("市县", StringComparison.Ordinal) || name.Contains("成员单位", StringComparison.Ordinal);

    /// <summary>
    /// A proper name rather than a department of a government (武汉海关, 省交通投资集团, 某某银行某省分行,
    /// 中国邮政集团有限公司某省分公司, 国家金融监督管理总局某某监管局): it never takes, nor lends, a list's jurisdiction prefix.
    /// </summary>
    public static bool IsProperName(string name) => ProperName().IsMatch(name);

    /// <summary>Generic phrases that name no unit ("会同有关部门").</summary>
    public static bool IsGeneric(string name) => GenericPattern().IsMatch(name);

    /// <summary>The jurisdiction the name starts with (自治区, 省, 区, 五华区, 邯郸市), or null.</summary>
    public static string? JurisdictionPrefix(string name) => Memo(PrefixCache, name, ReadJurisdictionPrefix);

    // A document names the same few dozen units hundreds of times; remember the answers (bounded, thread-safe).
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string?> PrefixCache = new();
    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, bool> OwnPlaceCache = new();
    private const int MemoLimit = 20_000;

    private static T Memo<T>(System.Collections.Concurrent.ConcurrentDictionary<string, T> cache, string key, Func<string, T> compute)
    {
        if (cache.TryGetValue(key, out var value)) return value;
        value = compute(key);
        if (cache.Count < MemoLimit) cache.TryAdd(key, value);
        return value;
    }

    private static string? ReadJurisdictionPrefix(string name)
    {
        if (IsProperName(name)) return null;
        foreach (var word in NotJurisdictions)
            if (name.StartsWith(word, StringComparison.Ordinal)) return null;
        if (name.StartsWith("自治区", StringComparison.Ordinal)) return "自治区";
        var named = NamedPlace().Match(name);
        if (named.Success && named.Length < name.Length - 1) return named.Value;
        return name.Length > 2 && name[0] is '省' or '市' or '区' or '县' or '州' or '旗' or '盟' ? name[..1] : null;
    }

    /// <summary>True when the name carries its own place (a prefix, a province, a street office …).</summary>
    public static bool HasOwnPlace(string name) => Memo(OwnPlaceCache, name, ReadHasOwnPlace);

    private static bool ReadHasOwnPlace(string name)
    {
        if (JurisdictionPrefix(name) is not null) return true;
        foreach (var p in Provinces)
            if (name.StartsWith(p, StringComparison.Ordinal)) return true;
        return OwnPlacePattern().IsMatch(name);
    }

    /// <summary>The name without its jurisdiction prefix (自治区财政厅 → 财政厅, 宁夏税务局 → 税务局).</summary>
    public static string WithoutPrefix(string name)
    {
        var prefix = JurisdictionPrefix(name);
        if (prefix is null)
            foreach (var p in Provinces)
                if (name.StartsWith(p, StringComparison.Ordinal) && name.Length > p.Length + 1) { prefix = p; break; }
        if (prefix is null) return name;
        var rest = name[prefix.Length..];
        return rest.StartsWith('委') ? "党" + rest : rest; // 区委编办 / 省委宣传部 are party committee bodies: 党委…
    }

    /// <summary>A comparison key: abbreviations shortened, so 区人力资源社会保障局 and 区人社局 share 区人社局.</summary>
    public static string Key(string name) => Memo(KeyCache, name, ReadKey);

    private static readonly System.Collections.Concurrent.ConcurrentDictionary<string, string> KeyCache = new();

    private static string ReadKey(string name)
    {
        var key = name.Replace("〔", "（").Replace("〕", "）").Replace("(", "（").Replace(")", "）").Replace(" ", "");
        foreach (var (longForm, shortForm) in Abbreviations)
            key = key.Replace(longForm, shortForm, StringComparison.Ordinal);
        return key;
    }

    /// <summary>The key without the jurisdiction: what a person types when they mean "the finance bureau".</summary>
    public static string StemKey(string name) => Key(WithoutPrefix(name));

    [GeneratedRegex(@"(?:海关|集团|公司|银行|分行|支行)$|^(?:中国|中华)|有限")]
    private static partial Regex ProperName();

    [GeneratedRegex(@"^(?:有关|相关|其他|其它|各有关|各相关)?(?:部门|单位|方面)$")]
    private static partial Regex GenericPattern();

    [GeneratedRegex(@"^[\u4e00-\u9fff]{1,6}?(?:自治州|自治县|省|市|区|县|州|盟|旗)(?![级直属场域])")]
    private static partial Regex NamedPlace();

    [GeneratedRegex("街道|乡镇|[乡镇]人民政府|村委会|村民委员会|管委会|开发区|园区|省|县|州|旗|盟|区(?!域)|市(?!场)")]
    private static partial Regex OwnPlacePattern();
}
