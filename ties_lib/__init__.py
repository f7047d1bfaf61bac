"""ties_lib: news articles on Vietnam's defence ties into cited pandas DataFrames.

>>> import ties_lib as tl
>>> corpus = tl.load_corpus("seeds")                 # doctest: +SKIP
>>> tl.evaluate(corpus, "data/gold")                # doctest: +SKIP
"""

from .corpus import Corpus, build_corpus, extract_file, load_corpus
from .evaluate import evaluate
from .reading import TiesError

__all__ = ["Corpus", "TiesError", "build_corpus", "evaluate", "extract_file", "load_corpus"]
__version__ = "0.1.0"
