"""MLP_Residual_Model: 带残差连接与LayerNorm的三层MLP截面模型。"""
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self, num_features, num_timesteps=None, hidden=64):
        super().__init__()
        self.inp = nn.Linear(num_features, hidden)
        self.body = nn.Sequential(nn.Linear(hidden, hidden), nn.GELU(), nn.LayerNorm(hidden))
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        if x.dim() == 3:
            x = x[:, -1, :]
        h = self.inp(x)
        return self.head(self.body(h) + h).squeeze(-1)


model_cls = Net
