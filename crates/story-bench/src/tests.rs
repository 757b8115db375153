use super::*;

#[test]
fn the_same_arguments_give_the_same_corpus() {
    assert_eq!(generate(30, 7), generate(30, 7));
    assert_ne!(generate(30, 7), generate(30, 8));
}

#[test]
fn a_corpus_has_the_asked_number_of_articles_and_a_config() {
    for n in [0, 1, 50] {
        let files = generate(n, 1);
        assert_eq!(files.len(), n + 1);
        assert_eq!(files.iter().filter(|f| f.name.ends_with(".txt")).count(), n);
        assert!(files.iter().any(|f| f.name == "story.toml"));
    }
}

#[test]
fn a_generated_corpus_builds_into_a_story_with_shared_events() {
    let files: Vec<story_analysis::SourceFile> = generate(40, 3)
        .into_iter()
        .map(|f| story_analysis::SourceFile::new(&f.name, f.text))
        .collect();
    let index = story_analysis::build(&files).expect("a generated corpus builds");
    assert_eq!(index.documents.len(), 40);
    assert!(index.documents.iter().all(|d| d.published.is_some()));
    assert!(index.documents.iter().all(|d| d.sentences.len() >= 8));
    // Outlets share facts: some events are cited by more than one document.
    let shared = index
        .events
        .iter()
        .filter(|e| {
            let mut docs: Vec<story_core::DocNo> = e.mentions.iter().map(|m| m.doc).collect();
            docs.dedup();
            docs.len() > 1
        })
        .count();
    assert!(
        shared >= 5,
        "only {shared} events cited by several documents"
    );
    assert!(index.entities.len() >= 10);
    assert_eq!(index.themes.len(), 4);
}
