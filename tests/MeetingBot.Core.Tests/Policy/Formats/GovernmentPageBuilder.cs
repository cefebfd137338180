using System.Net;
using System.Text;

namespace MeetingBot.Core.Tests.Policy.Formats;

/// <summary>
/// A saved page of a government website around a document's text, shaped like the real ones: meta tags, a top
/// navigation bar, a breadcrumb, the policy-information table (发文机关 / 文号 / 发布日期), the article in a
/// TRS-style container, share buttons, related links, and the site footer with its 网站标识码 and 备案号.
/// </summary>
internal static class GovernmentPageBuilder
{
    public static string Page(string title, string text, string issuer = "某某市人民政府办公室", string number = "某政办发〔2020〕12号", string date = "2020-04-14")
    {
        var html = new StringBuilder();
        html.Append($$"""
            <!DOCTYPE html>
            <html lang="zh-CN"><head>
            <meta charset="utf-8">
            <meta name="SiteName" content="某某市人民政府门户网站">
            <meta name="ArticleTitle" content="{{Encode(title)}}">
            <meta name="PubDate" content="{{date}} 10:30">
            <meta name="ContentSource" content="{{Encode(issuer)}}">
            <title>{{Encode(title)}}_某某市人民政府门户网站</title>
            <link rel="stylesheet" href="https://www.example.gov.cn/css/style.css">
            <script src="https://www.example.gov.cn/js/jquery.min.js"></script>
            <script>var _hmt = _hmt || []; document.write('<div>统计代码</div>');</script>
            </head><body>
            <div class="top-bar"><a href="/">首页</a> | <a href="/en">English</a> | 无障碍浏览 | 长者模式</div>
            <div class="header"><img src="/images/logo.png" alt="某某市人民政府"><div class="search"><input type="text" placeholder="请输入关键词"><button>搜索</button></div></div>
            <div class="nav"><ul><li><a href="/">首页</a></li><li><a href="/zwgk">政务公开</a></li><li><a href="/zwfw">政务服务</a></li><li><a href="/hdjl">互动交流</a></li></ul></div>
            <div class="main w1200">
            <div class="position">当前位置：<a href="/">首页</a> &gt; <a href="/zwgk">政务公开</a> &gt; <a href="/zcwj">政策文件</a></div>
            <div class="xxgk_table"><table class="policy-info">
            <tr><td>索&nbsp;引&nbsp;号：</td><td>11000000MB0143210/2020-00012</td><td>主题分类：</td><td>教育</td></tr>
            <tr><td>发文机关：</td><td>{{Encode(issuer)}}</td><td>成文日期：</td><td>{{date}}</td></tr>
            <tr><td>标　　题：</td><td colspan="3">{{Encode(title)}}</td></tr>
            <tr><td>发文字号：</td><td>{{Encode(number)}}</td><td>发布日期：</td><td>{{date}}</td></tr>
            </table></div>
            <div class="article">
            <h1 class="article-title">{{Encode(title)}}</h1>
            <div class="article-info">来源：{{Encode(issuer)}}　发布时间：{{date}}　<span class="fontsize">字号：<a>大</a> <a>中</a> <a>小</a></span></div>
            <div id="UCAP-CONTENT" class="TRS_Editor">

            """);
        foreach (var line in text.Replace("\r\n", "\n").Split('\n'))
        {
            var t = line.Trim();
            if (t.Length == 0) continue;
            if (t.Contains(" | "))
            {
                // A task table row of the text: the page's own table (rows gathered below).
                html.Append("<!--row-->").Append(Encode(t)).Append('\n');
                continue;
            }
            html.Append("<p style=\"text-indent:2em\">").Append(Encode(t)).Append("</p>\n");
        }
        html.Append("""
            </div>
            <div class="bdsharebuttonbox share"><span>分享到：</span><a class="bds_weixin">微信</a><a class="bds_tsina">微博</a></div>
            <div class="print-close"><a href="javascript:window.print()">打印本页</a> <a href="javascript:window.close()">关闭窗口</a></div>
            <div class="related"><h3>相关文件</h3><ul><li><a href="/a.html">关于做好2020年职业院校招生工作的通知</a></li><li><a href="/b.html">政策解读：一图读懂实施方案</a></li></ul></div>
            </div></div>
            <div class="footer"><p>主办：某某市人民政府办公室　承办：某某市大数据中心</p><p>网站标识码：1100000001　京ICP备05070218号　京公网安备11010202000001号</p></div>
            </body></html>
            """);
        return Tables(html.ToString());
    }

    // Consecutive "a | b | c" rows become one <table>, the first row its header (<th>).
    private static string Tables(string html)
    {
        var lines = html.Split('\n');
        var output = new StringBuilder();
        var inTable = false;
        foreach (var line in lines)
        {
            if (line.StartsWith("<!--row-->", StringComparison.Ordinal))
            {
                var cells = line["<!--row-->".Length..].Split(" | ");
                if (!inTable) output.Append("<table border=\"1\" class=\"MsoTableGrid\">\n");
                var tag = inTable ? "td" : "th";
                output.Append("<tr>").Append(string.Concat(cells.Select(c => $"<{tag}>{c}</{tag}>"))).Append("</tr>\n");
                inTable = true;
                continue;
            }
            if (inTable) output.Append("</table>\n");
            inTable = false;
            output.Append(line).Append('\n');
        }
        return output.ToString();
    }

    private static string Encode(string text) => WebUtility.HtmlEncode(text);
}
