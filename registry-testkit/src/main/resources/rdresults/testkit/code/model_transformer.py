"""Transformer_Encoder_Model: Transformer编码器，带位置编码，适合长序列。"""
import torch
import torch.nn as nn


class PositionalEncoding(nn.Module):
    def __init__(self, d_model, max_len=512):
        super().__init__()
        self.pe = nn.Parameter(torch.zeros(1, max_len, d_model))

    def forward(self, x):
        return x + self.pe[:, : x.size(1)]


class TransformerModel(nn.Module):
    def __init__(self, num_features, num_timesteps=None, hidden=64, heads=4, layers=2):
        super().__init__()
        self.proj = nn.Linear(num_features, hidden)
        self.pos = PositionalEncoding(hidden)
        layer = nn.TransformerEncoderLayer(hidden, heads, dim_feedforward=2 * hidden, dropout=0.1, batch_first=True)
        self.encoder = nn.TransformerEncoder(layer, num_layers=layers)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        out = self.encoder(self.pos(self.proj(x)))
        return self.head(out[:, -1, :]).squeeze(-1)


model_cls = TransformerModel
