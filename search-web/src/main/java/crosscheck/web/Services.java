package crosscheck.web;

import crosscheck.compare.FactComparison;
import crosscheck.search.lucene.LuceneAnalyzeService;
import crosscheck.search.lucene.LuceneDocumentService;
import crosscheck.search.lucene.LuceneSearchService;

/** The services the web layer calls; none of them knows HTTP. */
public record Services(
    LuceneSearchService search, LuceneDocumentService documents, LuceneAnalyzeService analyze, FactComparison facts) {}
