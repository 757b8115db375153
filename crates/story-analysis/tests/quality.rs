//! Quality on held-out text: short made-up articles of other stories, written after the
//! tagger and the entity finder and never used to tune them, annotated by hand. Prints
//! precision and recall (`cargo test -p story-analysis --test quality -- --nocapture`) and
//! fails when they drop below the floors recorded in docs/quality.md.

use story_analysis::timex::{tag_text, Context};
use story_analysis::{build, SourceFile};
use story_core::date::Date;

struct Case {
    dct: &'static str,
    text: &'static str,
    /// (extent, TIMEX3 value)
    times: &'static [(&'static str, &'static str)],
    /// Canonical names of the entities a reader would expect.
    entities: &'static [&'static str],
}

const CASES: &[Case] = &[
    Case {
        dct: "2019-11-14",
        text: "Storm Barra Floods Coastal Towns\n\n\
            Heavy rain battered the coast on Tuesday, and the Environment Agency issued flood \
            warnings for the third time this year. Mayor Linda Haskins said the sea wall, built \
            in the 1970s, had held for over four decades. The town last flooded in February 2014, \
            when 300 homes were evacuated. Residents were told to expect more rain tomorrow. \
            The agency inspects the wall every year, and its last report, published on 3 June, \
            found cracks. Haskins wants repairs finished by the spring of 2021. \
            “We have waited two years for this money,” Haskins told the Coastal Gazette.",
        times: &[
            ("Tuesday", "2019-11-12"),
            ("this year", "2019"),
            ("the 1970s", "197"),
            ("over four decades", "P4DE"),
            ("February 2014", "2014-02"),
            ("tomorrow", "2019-11-15"),
            ("every year", "P1Y"),
            ("3 June", "2019-06-03"),
            ("the spring of 2021", "2021-SP"),
            ("two years", "P2Y"),
        ],
        entities: &[
            "Storm Barra",
            "Environment Agency",
            "Linda Haskins",
            "Coastal Gazette",
        ],
    },
    Case {
        dct: "2023-03-09",
        text: "The central bank of Chile raised its main rate last month, the fifth rise since \
            October 2021. Governor Rosanna Costa told the Senate in Santiago that inflation, which \
            peaked at 14.1 percent in August 2022, should fall by late 2024. Economists at the \
            International Monetary Fund (IMF) expect growth to stall this year. The IMF cut its \
            forecast in January. Chile’s copper exports, the mainstay of the economy since the \
            19th century, fell for three months in a row. Costa will speak again on Monday. \
            Two decades ago, the bank adopted an inflation target; it reviews the target every \
            two years.",
        times: &[
            ("last month", "2023-02"),
            ("October 2021", "2021-10"),
            ("August 2022", "2022-08"),
            ("late 2024", "2024"),
            ("this year", "2023"),
            ("January", "2023-01"),
            ("the 19th century", "18"),
            ("three months", "P3M"),
            ("Monday", "2023-03-13"),
            ("Two decades ago", "200"),
            ("every two years", "P2Y"),
        ],
        entities: &[
            "Chile",
            "Rosanna Costa",
            "Senate",
            "Santiago",
            "International Monetary Fund",
        ],
    },
    // Written after the times-of-day, tense and holiday rules of issue 13, annotated before
    // it was first tagged.
    Case {
        dct: "2014-03-07",
        text: "Ferry Service Halted After Engine Fire\n\n\
            The island ferry caught fire at 0715 GMT on Wednesday and the coastguard towed it \
            to port by 1130 local time. Harbour master Ewan Doyle said inspectors will board \
            the vessel on Monday. Repairs are expected to be finished in June, and the operator \
            plans to resume sailings before Easter. The same ship broke down on Boxing Day \
            2011, when 140 passengers spent hours at sea.\n\n\
            How the week unfolded:\n\n\
            4 March: The operator reports a fault.\n\n\
            5 March – The fire breaks out.\n\n\
            The ferry carried 1200 passengers last year.",
        times: &[
            ("0715 GMT", "2014-03-05T07:15Z"),
            ("Wednesday", "2014-03-05"),
            ("1130 local time", "XXXX-XX-XXT11:30"),
            ("Monday", "2014-03-10"),
            ("June", "2014-06"),
            ("Easter", "2014-04-20"),
            ("Boxing Day 2011", "2011-12-26"),
            ("hours", "PTXH"),
            ("the week", "2014-W10"),
            ("4 March", "2014-03-04"),
            ("5 March", "2014-03-05"),
            ("last year", "2013"),
        ],
        entities: &["Ewan Doyle"],
    },
];

fn pr(tp: usize, found: usize, gold: usize) -> (f64, f64) {
    let p = if found == 0 {
        1.0
    } else {
        tp as f64 / found as f64
    };
    let r = if gold == 0 {
        1.0
    } else {
        tp as f64 / gold as f64
    };
    (p, r)
}

#[test]
fn time_expressions_on_held_out_text() {
    let (mut tp_span, mut tp_value, mut found, mut gold) = (0, 0, 0, 0);
    for case in CASES {
        let ctx = Context {
            dct: Date::parse_iso(case.dct),
            approximate: false,
        };
        let tags = tag_text(case.text, &ctx);
        found += tags.len();
        gold += case.times.len();
        for (extent, value) in case.times {
            match tags.iter().find(|t| t.text == *extent) {
                Some(t) => {
                    tp_span += 1;
                    if t.value.as_deref() == Some(*value) {
                        tp_value += 1;
                    } else {
                        eprintln!("  wrong value: {extent:?} = {:?}, gold {value}", t.value);
                    }
                }
                None => eprintln!("  missed: {extent:?}"),
            }
        }
        for t in &tags {
            if !case.times.iter().any(|(e, _)| *e == t.text) {
                eprintln!("  spurious or mis-spanned: {:?} = {:?}", t.text, t.value);
            }
        }
    }
    let (p, r) = pr(tp_span, found, gold);
    let (pv, rv) = pr(tp_value, found, gold);
    eprintln!("timex extents: precision {p:.2}, recall {r:.2}; extent+value: precision {pv:.2}, recall {rv:.2}");
    assert!(p >= 0.85 && r >= 0.85, "extents P {p:.2} R {r:.2}");
    assert!(pv >= 0.8 && rv >= 0.8, "values P {pv:.2} R {rv:.2}");
}

#[test]
fn entities_on_held_out_text() {
    let (mut tp, mut found, mut gold) = (0, 0, 0);
    for (n, case) in CASES.iter().enumerate() {
        let ix = build(&[SourceFile::new(&format!("case{n}.txt"), case.text)]).expect("builds");
        let names: Vec<&str> = ix.entities.iter().map(|e| e.name.as_str()).collect();
        found += names.len();
        gold += case.entities.len();
        for g in case.entities {
            if names.contains(g) {
                tp += 1;
            } else {
                eprintln!("  missed entity: {g}");
            }
        }
        for n in &names {
            if !case.entities.contains(n) {
                eprintln!("  extra entity: {n}");
            }
        }
    }
    let (p, r) = pr(tp, found, gold);
    eprintln!("entities: precision {p:.2}, recall {r:.2}");
    assert!(p >= 0.6 && r >= 0.75, "entities P {p:.2} R {r:.2}");
}
