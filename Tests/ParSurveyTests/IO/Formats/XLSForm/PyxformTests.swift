import Foundation
import Testing
@testable import ParSurvey

/// The exported XLSForms converted by pyxform's `xls2xform` (what KoBoToolbox and ODK run;
/// skipped when it is not installed) and the XForm read back with Python's XML parser.
@Suite struct PyxformTests {
    /// Reads an XForm: the itext languages, the select1 controls (ref, label ref), the
    /// choice items per list instance, and every itext text per language.
    static let reader = """
        import json, sys
        import xml.etree.ElementTree as ET
        H = '{http://www.w3.org/2002/xforms}'
        root = ET.parse(sys.argv[1]).getroot()
        langs, texts = [], {}
        for tr in root.iter(H + 'translation'):
            lang = tr.get('lang'); langs.append(lang); texts[lang] = {}
            for t in tr.iter(H + 'text'):
                v = t.find(H + 'value')
                texts[lang][t.get('id')] = (v.text or '') if v is not None else ''
        selects = [s.get('ref') for s in root.iter(H + 'select1')]
        items = {}
        for inst in root.iter(H + 'instance'):
            if inst.get('id'):
                items[inst.get('id')] = [i.findtext(H + 'name') for i in inst.iter(H + 'item')]
        groups = [g.get('ref') for g in root.iter(H + 'group')]
        print(json.dumps({'langs': langs, 'selects': selects, 'items': items, 'groups': groups, 'texts': texts}, ensure_ascii=False))
        """

    struct XForm: Decodable {
        var langs: [String]
        var selects: [String]
        var items: [String: [String]]
        var groups: [String]
        var texts: [String: [String: String]]
    }

    /// Every element is a group, every question a select1 at `/data/<element>/<question>`
    /// (pyxform names the instance root `data`),
    /// every option of every scale an item of its list, and both languages carry each
    /// question's text and each option's label as the shipped questionnaire has them.
    @Test(
        .enabled(if: ExternalTool.find("xls2xform") != nil && ExternalTool.find("python3") != nil),
        arguments: ["sipas-citizen.json", "leaders.json"])
    func pyxformConvertsTheExportedForm(_ name: String) throws {
        let q = try Questionnaire.load(path: TestPaths.repo("Questionnaires/" + name))
        let dir = TestPaths.temporaryFolder()
        let form = dir + "/form.xlsx"
        #expect(CLIRunner.run(["export-xlsform", TestPaths.repo("Questionnaires/" + name), "--output", form]).code == 0)
        let conv = try ExternalTool.run(try #require(ExternalTool.find("xls2xform")), [form, dir + "/form.xml"])
        #expect(conv.code == 0, "\(conv.stdout)\(conv.stderr)")
        try #require(FileManager.default.fileExists(atPath: dir + "/form.xml"))
        let read = try ExternalTool.run(try #require(ExternalTool.find("python3")), ["-c", Self.reader, dir + "/form.xml"])
        #expect(read.code == 0, "\(read.stderr)")
        let x = try JSONDecoder().decode(XForm.self, from: Data(read.stdout.utf8))

        #expect(x.langs.sorted() == ["English (en)", "Tiếng Việt (vi)"])
        #expect(x.groups == q.elements.map { "/data/\($0.id)" })
        var expected: [String] = []
        for e in q.elements { for qu in e.questions { expected.append("/data/\(e.id)/\(qu.id)") } }
        #expect(x.selects == expected)
        for s in q.scales { #expect(x.items[s.id] == s.options.map(\.code), "list \(s.id)") }
        let vi = try #require(x.texts["Tiếng Việt (vi)"])
        let en = try #require(x.texts["English (en)"])
        for (path, qu) in zip(expected, q.questions) {
            #expect(vi[path + ":label"] == qu.text.vi)
            #expect(en[path + ":label"] == qu.text.en)
        }
        for e in q.elements {
            #expect(vi["/data/\(e.id):label"] == e.title.vi && en["/data/\(e.id):label"] == e.title.en)
        }
        for s in q.scales {
            for (i, o) in s.options.enumerated() {
                #expect(vi["\(s.id)-\(i)"] == o.label.vi && en["\(s.id)-\(i)"] == o.label.en, "\(s.id) \(o.code)")
            }
        }
    }
}
