"""TCN_Dilated_Model: Dilated temporal convolution network (膨胀卷积)."""
import torch
import torch.nn as nn


class TCNModel(nn.Module):
    def __init__(self, num_features, num_timesteps=None, hidden=64, levels=3):
        super().__init__()
        blocks = []
        channels = num_features
        for level in range(levels):
            dilation = 2 ** level
            blocks += [nn.Conv1d(channels, hidden, kernel_size=3, padding=dilation, dilation=dilation), nn.ReLU()]
            channels = hidden
        self.tcn = nn.Sequential(*blocks)
        self.head = nn.Linear(hidden, 1)

    def forward(self, x):
        out = self.tcn(x.transpose(1, 2))
        return self.head(out[:, :, -1]).squeeze(-1)


model_cls = TCNModel
