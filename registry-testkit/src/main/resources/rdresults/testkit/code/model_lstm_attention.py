"""LSTM_Attention_Model: LSTM + additive attention; 对最近时间步赋予更高权重。"""
import torch
import torch.nn as nn


class Net(nn.Module):
    def __init__(self, num_features, num_timesteps=None, hidden=64):
        super().__init__()
        self.rnn = nn.LSTM(num_features, hidden, num_layers=2, batch_first=True, dropout=0.1)
        self.score = nn.Linear(hidden, 1)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        out, _ = self.rnn(x)
        weights = torch.softmax(self.score(torch.tanh(out)), dim=1)
        context = (weights * out).sum(dim=1)
        return self.head(context).squeeze(-1)


model_cls = Net
