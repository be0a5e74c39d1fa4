"""python -m ukpeace: the same as the ukpeace console script."""
from .cli import main

raise SystemExit(main())
