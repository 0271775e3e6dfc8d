import Cartography
import Foundation
import PartnerData

/// `render -o FILE.html`: the SVG map (`SVGWriter`'s, the same cartography) in one
/// self-contained interactive page: style, script and each partner's facts inline, no network
/// request, the system's fonts. Hover, tap or focus a city or arc for its names, country,
/// relation, year and distance; a year slider and a play button grow the network year by year.
/// `fragment` gives only a `<div>` to inline in another page, its style and script scoped to
/// the div's id (a hash of the content), so two maps on one page don't clash. The same input
/// gives the same bytes.
package struct HTMLMapPage {
    package var network: Network
    package var language: LabelLanguage
    package var title: String
    package var fragment = false

    /// Whether `path` names an HTML file (`.html` or `.htm`, any case).
    package static func isHTML(_ path: String) -> Bool {
        ["html", "htm"].contains(URL(fileURLWithPath: path).pathExtension.lowercased())
    }

    package func bytes(svg: [UInt8]) -> [UInt8] { Array(text(svg: String(decoding: svg, as: UTF8.self)).utf8) }

    package func text(svg raw: String) -> String {
        // The XML declaration has no place inside HTML.
        var svg = raw.hasPrefix("<?xml") ? String(raw.drop { $0 != "\n" }.dropFirst()) : raw
        let id = "pm-" + Self.hash(raw + (fragment ? "f" : "p"))
        // Clip and gradient ids are the writer's own (clip1…): prefixed, so maps on one page keep theirs.
        for name in ["clip", "gradient"] {
            svg = svg.replacingOccurrences(of: "id=\"\(name)", with: "id=\"\(id)-\(name)")
                .replacingOccurrences(of: "url(#\(name)", with: "url(#\(id)-\(name)")
        }
        svg = Self.withEmptyYears(svg)
        let years = network.partners.compactMap(\.year)
        // Partners without a year appear at the end, as in the frames (`undated: end`).
        let undated = years.isEmpty ? "" : network.partners.contains { $0.year == nil }
            ? "<span class=\"pm-note\">Partners without a known year appear at the end.</span>" : ""
        let first = years.min() ?? 0, last = years.max() ?? 0
        let controls = years.isEmpty ? "" :
            "<div class=\"pm-controls\"><button type=\"button\" class=\"pm-play\" aria-label=\"Play: grow the network year by year\">▶</button>"
            + "<label>Year <input type=\"range\" id=\"\(fragment ? id + "-year" : "year")\" class=\"pm-year\" min=\"\(first)\" max=\"\(last)\" value=\"\(last)\" step=\"1\">"
            + "</label> <output class=\"pm-year-value\">\(last)</output>" + undated + "</div>\n"
        let body = "<div id=\"\(id)\" class=\"pm-map\">\n<style>\n" + Self.style(id) + "</style>\n" + controls
            + "<div class=\"pm-figure\">\n" + svg + "<div class=\"pm-tip\" role=\"status\" aria-live=\"polite\" hidden></div>\n</div>\n"
            + "<script type=\"application/json\" class=\"pm-data\">" + Self.scriptSafe(data().text) + "</script>\n"
            + "<script>\n" + Self.script(id) + "</script>\n</div>\n"
        if fragment { return body }
        return "<!doctype html>\n<html lang=\"\(Self.languageTag(language))\">\n<head>\n<meta charset=\"utf-8\">\n"
            + "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n"
            + "<title>\(Self.escaped(title))</title>\n<style>body{margin:0;padding:8px;background:#fff}</style>\n</head>\n<body>\n"
            + body + "</body>\n</html>\n"
    }

    /// Each city's facts by id: names in the map's language and in English, country, relation,
    /// year, distance (km), and the label screen readers read.
    func data() -> JSONText {
        var members: [(String, JSONText)] = []
        let hub = network.hub
        members.append((hub.id, city(hub, distanceKM: 0, hub: true)))
        for r in ListJob.rows(network) { members.append((r.city.id, city(r.city, distanceKM: r.distanceKM, hub: false))) }
        return .object(members)
    }

    private func city(_ c: City, distanceKM: Double, hub: Bool) -> JSONText {
        let english = c.name(.en) ?? c.id
        let local = Self.nameLanguage(language).flatMap { c.name($0) } ?? english
        let year = c.year.map(String.init) ?? ""
        var label = local == english ? english : "\(local) (\(english))"
        label += ", " + c.country
        if hub { label += ", hub" } else if !year.isEmpty { label += ", since " + year }
        return .object([("name", .string(local)), ("name_en", .string(english)), ("country", .string(c.country)),
                        ("relation", .string(hub ? "hub" : c.relation.rawValue)), ("year", .string(year)),
                        ("distance_km", .number(distanceKM, decimals: 0)), ("hub", .bool(hub)), ("label", .string(label))])
    }

    static func nameLanguage(_ l: LabelLanguage) -> NameLanguage? {
        switch l {
        case .en: .en
        case .zh, .zhEn: .zh
        case .vi: .vi
        case .th: .th
        }
    }

    static func languageTag(_ l: LabelLanguage) -> String {
        switch l {
        case .en: "en"
        case .zh, .zhEn: "zh-Hans"
        case .vi: "vi"
        case .th: "th"
        }
    }

    /// Every tagged city and arc with a `data-year`, empty where the year is unknown (the SVG
    /// leaves it out), so a page's script and its readers find the attribute on all of them.
    static func withEmptyYears(_ svg: String) -> String {
        svg.split(separator: "\n", omittingEmptySubsequences: false).map { line in
            guard line.hasPrefix("<g class=\""), line.contains(" data-id=\""), !line.contains(" data-year=\""), line.hasSuffix(">") else {
                return String(line)
            }
            return String(line.dropLast()) + " data-year=\"\">"
        }.joined(separator: "\n")
    }

    /// JSON made safe inside `<script>`: `</` cannot end the element early.
    static func scriptSafe(_ json: String) -> String { json.replacingOccurrences(of: "</", with: "<\\/") }

    static func escaped(_ s: String) -> String {
        s.replacingOccurrences(of: "&", with: "&amp;").replacingOccurrences(of: "<", with: "&lt;")
            .replacingOccurrences(of: ">", with: "&gt;").replacingOccurrences(of: "\"", with: "&quot;")
    }

    /// FNV-1a of the content, as 8 hex digits: the same map always gets the same id.
    static func hash(_ s: String) -> String {
        var h: UInt32 = 0x811C_9DC5
        for b in s.utf8 { h = (h ^ UInt32(b)) &* 0x0100_0193 }
        return String(format: "%08x", h)
    }

    static func style(_ id: String) -> String {
        let s = "#" + id
        return """
        \(s){position:relative;max-width:100%;font-family:"Noto Sans","Noto Sans CJK SC","Noto Sans Thai","Source Han Sans SC","PingFang SC","Microsoft YaHei","Leelawadee UI",Thonburi,sans-serif;color:#222}
        \(s) .pm-figure{position:relative}
        \(s) svg{display:block;width:100%;height:auto}
        \(s) svg [data-id]{cursor:pointer}
        \(s) svg [data-id]:focus{outline:2px solid #1a5fb4;outline-offset:1px}
        \(s) .pm-hidden{display:none}
        \(s) .pm-controls{display:flex;align-items:center;gap:.6em;padding:.3em 0;font-size:14px}
        \(s) .pm-controls input{vertical-align:middle;width:min(24em,60vw)}
        \(s) .pm-note{color:#555;font-size:12px}
        \(s) .pm-play{min-width:2.4em;min-height:2em;font-size:14px}
        \(s) .pm-tip{position:absolute;z-index:2;pointer-events:none;max-width:18em;padding:.45em .6em;border-radius:4px;background:rgba(255,255,255,.96);border:1px solid #888;box-shadow:0 1px 4px rgba(0,0,0,.3);font-size:13px;line-height:1.35}
        \(s) .pm-tip b{display:block;font-size:14px}
        \(s) .pm-tip[hidden]{display:none}

        """
    }

    static func script(_ id: String) -> String {
        """
        (function(){
        "use strict";
        var root=document.getElementById("\(id)");if(!root)return;
        var data=JSON.parse(root.querySelector("script.pm-data").textContent);
        var fig=root.querySelector(".pm-figure"),tip=root.querySelector(".pm-tip");
        var slider=root.querySelector("input.pm-year"),out=root.querySelector(".pm-year-value"),play=root.querySelector(".pm-play");
        var items=Array.prototype.slice.call(root.querySelectorAll("svg [data-id]"));
        var clusters=Array.prototype.slice.call(root.querySelectorAll("svg g.cluster[data-years]"));
        function line(t,cls){var e=document.createElement(cls?"b":"div");e.textContent=t;return e;}
        function show(el){var d=data[el.getAttribute("data-id")];if(!d)return;
        while(tip.firstChild)tip.removeChild(tip.firstChild);
        tip.appendChild(line(d.name,true));if(d.name_en!==d.name)tip.appendChild(line(d.name_en));
        tip.appendChild(line(d.country));
        if(!d.hub){tip.appendChild(line(d.relation.replace(/_/g," ")+(d.year?" since "+d.year:"")));tip.appendChild(line(Number(d.distance_km).toLocaleString("en")+" km from the hub"));}
        else tip.appendChild(line("hub"));
        tip.hidden=false;
        var f=fig.getBoundingClientRect(),r=el.getBoundingClientRect();
        var x=r.left+r.width/2-f.left+12,y=r.top+r.height/2-f.top+12;
        if(x+tip.offsetWidth>f.width)x=Math.max(0,x-tip.offsetWidth-24);
        if(y+tip.offsetHeight>f.height)y=Math.max(0,y-tip.offsetHeight-24);
        tip.style.left=x+"px";tip.style.top=y+"px";}
        function hide(){tip.hidden=true;}
        var seen={};
        items.forEach(function(el){var d=data[el.getAttribute("data-id")];if(!d)return;
        el.setAttribute("tabindex","0");el.setAttribute("role","button");el.setAttribute("aria-label",d.label);
        el.addEventListener("mouseenter",function(){show(el);});el.addEventListener("mouseleave",hide);
        el.addEventListener("focus",function(){show(el);});el.addEventListener("blur",hide);
        el.addEventListener("click",function(){show(el);});
        el.addEventListener("keydown",function(e){if(e.key==="Enter"||e.key===" "){e.preventDefault();show(el);}else if(e.key==="Escape")hide();});});
        var last=slider?Number(slider.max):0;
        function filter(y){items.forEach(function(el){var v=el.getAttribute("data-year");
        var d=data[el.getAttribute("data-id")];
        var later=v?Number(v)>y:y<last;
        el.style.display=(later&&!(d&&d.hub))?"none":"";});
        clusters.forEach(function(el){var n=el.getAttribute("data-years").split(" ").filter(function(v){return v==="-"?y>=last:Number(v)<=y;}).length;
        el.style.display=n?"":"none";var t=el.querySelector("tspan"),c=el.querySelector("circle");
        if(t&&c&&n&&t.textContent!==String(n)){t.textContent=String(n);t.setAttribute("x",String(Number(c.getAttribute("cx"))-t.getComputedTextLength()/2));}});
        if(out)out.textContent=String(y);}
        var timer=null;
        function stop(){if(timer){clearInterval(timer);timer=null;}if(play){play.textContent="\\u25B6";play.setAttribute("aria-label","Play: grow the network year by year");}}
        if(slider){slider.addEventListener("input",function(){filter(Number(slider.value));});
        filter(Number(slider.value));}
        if(play&&slider)play.addEventListener("click",function(){if(timer){stop();return;}
        var y=Number(slider.min);slider.value=String(y);filter(y);play.textContent="\\u275A\\u275A";play.setAttribute("aria-label","Pause");
        timer=setInterval(function(){y+=1;if(y>Number(slider.max)){stop();return;}slider.value=String(y);filter(y);},600);});
        })();

        """
    }
}
