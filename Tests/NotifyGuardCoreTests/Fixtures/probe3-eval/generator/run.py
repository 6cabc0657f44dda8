import abuse, legit
from common import write_manifest
abuse.run(); legit.run(); write_manifest()
