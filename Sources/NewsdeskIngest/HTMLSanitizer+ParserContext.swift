import CLibXML2
import Foundation

extension HTMLSanitizer {
    /// One libxml2 HTML parser context per thread, reset and reused for every fragment.
    ///
    /// A feed sanitizes two fragments per entry; creating a context for each (its dictionary, node
    /// and name stacks, SAX handler) cost about as much allocation as parsing a short summary.
    /// `htmlCtxtReadMemory` resets the context before each parse, so a fragment parses exactly as it
    /// would with a fresh one. The context never leaves its thread: `sanitize` uses it synchronously.
    enum ParserContext {
        static let key: pthread_key_t = {
            var key = pthread_key_t()
            pthread_key_create(&key) { raw in
                if let raw { htmlFreeParserCtxt(raw.assumingMemoryBound(to: htmlParserCtxt.self)) }
            }
            return key
        }()

        /// The calling thread's context, created on first use; nil only if libxml2 cannot allocate one.
        static func current() -> htmlParserCtxtPtr? {
            if let raw = pthread_getspecific(key) { return raw.assumingMemoryBound(to: htmlParserCtxt.self) }
            guard let context = htmlNewParserCtxt() else { return nil }
            pthread_setspecific(key, context)
            return context
        }
    }
}
