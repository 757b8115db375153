//! Saved web pages: the article's main text, found with `dom_smoothie` (a port of Mozilla's
//! Readability, the reader view of Firefox) after the page's furniture is cut out by its
//! markup (navigation, asides, footers, figures, forms, comment and sharing blocks), and the
//! page's metadata: title, outlet, publication date, author and canonical URL from the Open
//! Graph tags, JSON-LD and the document itself.
//!
//! The text comes back as Markdown and is read like a Markdown article, so headings and
//! lists keep their shape.

use dom_query::Document as Dom;
use dom_smoothie::{Config, Readability, TextMode};

/// What a page gives: its article as Markdown and its metadata.
#[derive(Debug, Default)]
pub(super) struct Page {
    pub markdown: String,
    pub title: Option<String>,
    pub site_name: Option<String>,
    pub published: Option<String>,
    pub author: Option<String>,
    pub url: Option<String>,
}

/// Elements that are furniture by their markup, whatever they say. An element that holds the
/// article itself is never cut, whatever its class.
const FURNITURE: &str = "nav, aside, footer, figure, figcaption, form, button, noscript, \
    iframe, svg, template, [role=navigation], [role=complementary], [role=contentinfo], \
    [hidden], [aria-hidden=true]";
const FURNITURE_CLASSES: &[&str] = &[
    "comment",
    "share",
    "social",
    "newsletter",
    "subscribe",
    "related",
    "promo",
    "advert",
    "sidebar",
    "cookie",
    "breadcrumb",
    "byline",
    "caption",
    "most-read",
    "popular",
];

/// Pages with more elements than this are not read (a page of news is a few thousand).
const MAX_ELEMENTS: usize = 100_000;

/// The article of a page, or why there is none.
pub(super) fn extract(html: &str) -> Result<Page, String> {
    let mut page = metadata(html);
    let dom = Dom::from(html);
    if let Some(sel) = dom.try_select(FURNITURE) {
        sel.remove();
    }
    for class in FURNITURE_CLASSES {
        let selector = format!(
            "[class*={class} i]:not(:has(article, [itemprop=articleBody])), \
             [id*={class} i]:not(:has(article, [itemprop=articleBody]))"
        );
        if let Some(sel) = dom.try_select(&selector) {
            sel.remove();
        }
    }
    let cfg = Config {
        text_mode: TextMode::Markdown,
        max_elements_to_parse: MAX_ELEMENTS,
        ..Config::default()
    };
    let mut readability = Readability::with_document(dom, None, Some(cfg))
        .map_err(|e| format!("the page could not be read: {e}"))?;
    let article = readability
        .parse()
        .map_err(|e| format!("no article in the page ({e})"))?;
    page.markdown = article.text_content.to_string();
    if page.title.is_none() && !article.title.trim().is_empty() {
        page.title = Some(article.title.trim().to_string());
    }
    if page.author.is_none() {
        page.author = article.byline.filter(|b| !b.trim().is_empty());
    }
    Ok(page)
}

/// The page's own metadata, read before anything is cut.
fn metadata(html: &str) -> Page {
    let dom = Dom::from(html);
    let meta = |selector: &str| -> Option<String> {
        let sel = dom.try_select(selector)?;
        let value = sel.attr("content").or_else(|| sel.attr("href"))?;
        let value = value.trim();
        (!value.is_empty()).then(|| value.to_string())
    };
    let readability = Readability::with_document(Dom::from(html), None, None).ok();
    let ld = readability.as_ref().and_then(|r| r.parse_json_ld());
    let general = readability
        .as_ref()
        .map(|r| r.get_article_metadata(ld.clone()));
    let non_empty = |s: &str| {
        let s = s.trim();
        (!s.is_empty()).then(|| s.to_string())
    };
    let title = meta("meta[property='og:title']")
        .or_else(|| ld.as_ref().and_then(|m| non_empty(&m.title)))
        .or_else(|| heading_in_title(&dom))
        .or_else(|| general.as_ref().and_then(|m| non_empty(&m.title)));
    let site_name = meta("meta[property='og:site_name']")
        .or_else(|| ld.as_ref().and_then(|m| m.site_name.clone()))
        .or_else(|| meta("meta[name='application-name']"));
    let published = meta("meta[property='article:published_time']")
        .or_else(|| ld.as_ref().and_then(|m| m.published_time.clone()))
        .or_else(|| meta("meta[name='date']"))
        .or_else(|| meta("meta[itemprop='datePublished']"))
        .or_else(|| {
            let sel = dom.try_select("time[datetime]")?;
            sel.attr("datetime").map(|d| d.trim().to_string())
        });
    let author = meta("meta[name='author']")
        .or_else(|| ld.as_ref().and_then(|m| m.byline.clone()))
        .or_else(|| general.as_ref().and_then(|m| m.byline.clone()));
    let url = meta("link[rel='canonical']")
        .or_else(|| meta("meta[property='og:url']"))
        .or_else(|| ld.as_ref().and_then(|m| m.url.clone()));
    Page {
        markdown: String::new(),
        title: title.map(|t| decode_entities(&t)),
        site_name: site_name.map(|s| decode_entities(&s)),
        published,
        author: author.map(|a| decode_entities(&a)),
        url,
    }
}

/// The longest `h1`/`h2` that the page's `<title>` contains (`<title>` adds the site's name
/// or a `Live:` tag; the heading has the headline's own casing).
fn heading_in_title(dom: &Dom) -> Option<String> {
    let title = dom.try_select("title")?.text().trim().to_lowercase();
    let headings = dom.try_select("h1, h2")?;
    headings
        .iter()
        .map(|h| h.text().split_whitespace().collect::<Vec<_>>().join(" "))
        .filter(|h| h.split(' ').count() >= 3 && title.contains(&h.to_lowercase()))
        .max_by_key(|h| h.len())
}

/// The few character references that attribute values keep after parsing (`&amp;` in a
/// JSON-LD string, for one).
fn decode_entities(s: &str) -> String {
    s.replace("&amp;", "&")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&apos;", "'")
        .replace("&lt;", "<")
        .replace("&gt;", ">")
}
